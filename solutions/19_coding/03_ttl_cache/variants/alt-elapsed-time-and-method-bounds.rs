// variant: compares the elapsed time with the ttl, bounds on the methods that need them
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

pub struct TtlCache<K, V> {
    entries: Arc<Mutex<HashMap<K, (V, Instant)>>>,
    ttl: Duration,
}

impl<K, V> Clone for TtlCache<K, V> {
    fn clone(&self) -> Self {
        Self {
            entries: self.entries.clone(),
            ttl: self.ttl,
        }
    }
}

impl<K, V> TtlCache<K, V> {
    pub fn new(ttl: Duration) -> Self {
        Self {
            entries: Arc::default(),
            ttl,
        }
    }

    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    /// Stored entries, expired or not.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
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

    /// The time since insertion has reached the ttl. A ttl too large to add
    /// to an `Instant` is one that no elapsed time can reach.
    fn expired(&self, inserted: Instant, now: Instant) -> bool {
        now.checked_duration_since(inserted)
            .is_some_and(|elapsed| elapsed >= self.ttl)
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<K, (V, Instant)>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl<K: Hash + Eq, V> TtlCache<K, V> {
    pub fn insert(&self, key: K, value: V) {
        self.insert_at(key, value, Instant::now());
    }

    pub fn insert_at(&self, key: K, value: V, now: Instant) {
        self.lock().insert(key, (value, now));
    }

    pub fn get(&self, key: &K) -> Option<V>
    where
        V: Clone,
    {
        self.get_at(key, Instant::now())
    }

    pub fn get_at(&self, key: &K, now: Instant) -> Option<V>
    where
        V: Clone,
    {
        let mut entries = self.lock();
        let (value, inserted) = entries.get(key)?;
        if !self.expired(*inserted, now) {
            return Some(value.clone());
        }
        entries.remove(key);
        None
    }
}
