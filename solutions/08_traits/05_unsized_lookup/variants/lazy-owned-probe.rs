// variant: turns the borrowed key into an owned one for every lookup
// expect: tests, case:number_for_a_text_key, case:looks_up_by_borrowed_form

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
        Q: ToOwned<Owned = K> + ?Sized,
    {
        self.keys.contains(&key.to_owned())
    }

    /// Forgets `key`; true when it had been seen.
    pub fn forget<Q>(&mut self, key: &Q) -> bool
    where
        Q: ToOwned<Owned = K> + ?Sized,
    {
        self.keys.remove(&key.to_owned())
    }
}

impl<K: Hash + Eq> Default for SeenSet<K> {
    fn default() -> Self {
        Self::new()
    }
}
