// variant: `?Sized` inline; `contains` scans with nothing but `Eq`, `forget` asks the set

use std::borrow::Borrow;
use std::collections::HashSet;
use std::hash::Hash;

#[derive(Debug)]
pub struct SeenSet<K> {
    keys: HashSet<K>,
}

impl<K: Hash + Eq> SeenSet<K> {
    pub fn new() -> Self {
        Self {
            keys: HashSet::new(),
        }
    }

    /// Records `key`; true when it had not been seen before.
    pub fn insert(&mut self, key: K) -> bool {
        self.keys.insert(key)
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Whether `key` has been seen.
    pub fn contains<Q: ?Sized + Eq>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        // A scan needs only `Eq`; the set is small in this variant's world.
        self.keys.iter().any(|seen| seen.borrow() == key)
    }

    /// Forgets `key`; true when it had been seen.
    pub fn forget<Q: ?Sized + Hash + Eq>(&mut self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.keys.remove(key)
    }
}

impl<K: Hash + Eq> Default for SeenSet<K> {
    fn default() -> Self {
        Self::new()
    }
}
