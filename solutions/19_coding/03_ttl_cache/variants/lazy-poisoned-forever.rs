// variant: unwraps the lock, so one panic poisons the cache for everyone
// expect: tests
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

pub struct TtlCache<K, V> {
    entries: Arc<Mutex<HashMap<K, (V, Instant)>>>,
    ttl: Duration,
}

/// Another handle to the same entries.
impl<K, V> Clone for TtlCache<K, V> {
    fn clone(&self) -> Self {
        Self {
            entries: Arc::clone(&self.entries),
            ttl: self.ttl,
        }
    }
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
        self.lock().insert(key, (value, now));
    }

    pub fn get(&self, key: &K) -> Option<V> {
        self.get_at(key, Instant::now())
    }

    pub fn get_at(&self, key: &K, now: Instant) -> Option<V> {
        let mut entries = self.lock();
        let (value, inserted) = entries.get(key)?;
        if self.expired(*inserted, now) {
            entries.remove(key);
            return None;
        }
        Some(value.clone())
    }

    pub fn purge_expired(&self) -> usize {
        self.purge_expired_at(Instant::now())
    }

    pub fn purge_expired_at(&self, now: Instant) -> usize {
        let mut entries = self.lock();
        let before = entries.len();
        entries.retain(|_, (_, inserted)| !self.expired(*inserted, now));
        before - entries.len()
    }

    /// Stored entries, expired or not.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Expired from `inserted + ttl` on; never if that instant cannot exist.
    fn expired(&self, inserted: Instant, now: Instant) -> bool {
        inserted
            .checked_add(self.ttl)
            .is_some_and(|deadline| now >= deadline)
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<K, (V, Instant)>> {
        self.entries.lock().unwrap()
    }
}
