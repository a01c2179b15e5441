// variant: each entry stores its deadline (None when it cannot exist), computed once at insertion
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

type Entries<K, V> = HashMap<K, (V, Option<Instant>)>;

pub struct TtlCache<K, V> {
    entries: Arc<Mutex<Entries<K, V>>>,
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

/// Expired from the deadline on; an entry without one never expires.
fn expired(deadline: Option<Instant>, now: Instant) -> bool {
    deadline.is_some_and(|deadline| now >= deadline)
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
        let expired_now = {
            let (_, deadline) = entries.get(key)?;
            expired(*deadline, now)
        };
        if expired_now {
            entries.remove(key);
            None
        } else {
            entries.get(key).map(|(value, _)| value.clone())
        }
    }

    pub fn purge_expired(&self) -> usize {
        self.purge_expired_at(Instant::now())
    }

    pub fn purge_expired_at(&self, now: Instant) -> usize {
        let mut entries = self.lock();
        let before = entries.len();
        entries.retain(|_, (_, deadline)| !expired(*deadline, now));
        before - entries.len()
    }

    /// Stored entries, expired or not.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.lock().is_empty()
    }

    fn lock(&self) -> MutexGuard<'_, Entries<K, V>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
