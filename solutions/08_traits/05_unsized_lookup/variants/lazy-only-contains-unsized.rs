// variant: lifts `Sized` on `contains` but forgets `forget`
// expect: case:looks_up_by_borrowed_form

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
    pub fn contains<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.keys.contains(key)
    }

    /// Forgets `key`; true when it had been seen.
    pub fn forget<Q>(&mut self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq,
    {
        self.keys.remove(key)
    }
}

impl<K: Hash + Eq> Default for SeenSet<K> {
    fn default() -> Self {
        Self::new()
    }
}
