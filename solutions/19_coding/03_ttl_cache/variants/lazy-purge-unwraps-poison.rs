// variant: purge_expired_at unwraps the lock, so a poisoned mutex breaks every purge
// expect: tests
//! # Interview problem: a thread-safe cache with expiry
//!
//! "Write a cache that many threads can share. Each entry expires a fixed
//! time after it was inserted."
//!
//! The design: `Arc<Mutex<HashMap<K, (V, Instant)>>>`. `insert` stamps the
//! entry with the current time; `get` returns a copy of the value if the
//! entry has not expired. Cloning the cache gives another handle to the
//! SAME entries (that is how threads share it), for any key and value types.
//! `purge_expired` drops every expired entry and says how many it dropped.
//!
//! Time is injectable so the rules can be tested exactly: every method that
//! looks at the clock has an `_at(now)` twin, and the plain one calls it with
//! `Instant::now()`. The rules:
//! - An entry inserted at `t` is alive while `now < t + ttl`, and expired
//!   from `now == t + ttl` on. So with a zero TTL nothing is ever readable.
//! - A TTL so large that `t + ttl` does not fit in an `Instant` never expires
//!   (and must not panic).
//! - Inserting an existing key replaces its value and restarts its TTL.
//! - `get` on an expired entry returns `None` and removes that entry, and
//!   only that one: a read stays O(1), sweeping is `purge_expired`'s job.
//!   It removes it under the same lock that found it expired: letting go of
//!   the lock in between lets another thread store a fresh value under that
//!   key, which the removal then deletes. No test can force that
//!   interleaving, so this rule is yours to keep, not the checker's.
//! - `len` counts the stored entries, expired or not.
//! - A panic in another thread while it held the lock (a key whose `Hash`
//!   panics, say) must not make the cache unusable for everyone else.
//!
//! The draft compiles, but it has three bugs: its expiry test breaks two of
//! the rules above, one call hangs a thread forever, and `clone` fails to
//! compile for some key types. Fix them; keep the public API.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// A value and the instant it expires, `None` when that instant cannot exist.
type Slot<V> = (V, Option<Instant>);

pub struct TtlCache<K, V> {
    entries: Arc<Mutex<HashMap<K, Slot<V>>>>,
    ttl: Duration,
}

impl<K, V> Clone for TtlCache<K, V> {
    fn clone(&self) -> Self {
        Self {
            entries: Arc::clone(&self.entries),
            ttl: self.ttl,
        }
    }
}

fn alive(deadline: Option<Instant>, now: Instant) -> bool {
    deadline.is_none_or(|deadline| now < deadline)
}

impl<K: Hash + Eq, V: Clone> TtlCache<K, V> {
    pub fn new(ttl: Duration) -> Self {
        Self {
            entries: Arc::new(Mutex::new(HashMap::new())),
            ttl,
        }
    }

    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    pub fn insert(&self, key: K, value: V) {
        self.insert_at(key, value, Instant::now());
    }

    pub fn insert_at(&self, key: K, value: V, now: Instant) {
        let deadline = now.checked_add(self.ttl);
        self.lock().insert(key, (value, deadline));
    }

    pub fn get(&self, key: &K) -> Option<V> {
        self.get_at(key, Instant::now())
    }

    pub fn get_at(&self, key: &K, now: Instant) -> Option<V> {
        let mut entries = self.lock();
        let (value, deadline) = entries.get(key)?;
        if alive(*deadline, now) {
            return Some(value.clone());
        }
        entries.remove(key);
        None
    }

    pub fn purge_expired(&self) -> usize {
        self.purge_expired_at(Instant::now())
    }

    pub fn purge_expired_at(&self, now: Instant) -> usize {
        let mut entries = self.entries.lock().expect("the cache lock");
        let before = entries.len();
        entries.retain(|_, (_, deadline)| alive(*deadline, now));
        before - entries.len()
    }

    /// Stored entries, expired or not.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<K, Slot<V>>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
