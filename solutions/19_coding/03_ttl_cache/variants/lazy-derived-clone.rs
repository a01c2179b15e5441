// variant: derives Clone, which asks for K: Clone and V: Clone
// expect: case:keys_that_cannot_be_cloned
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

#[derive(Clone)]
pub struct TtlCache<K, V> {
    entries: Arc<Mutex<HashMap<K, (V, Instant)>>>,
    ttl: Duration,
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
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
