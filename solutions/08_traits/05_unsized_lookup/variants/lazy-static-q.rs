// variant: an extra Q: 'static bound that refuses keys borrowing a local
// expect: case:looks_up_by_borrowed_form
//! # `?Sized`: looking up a `String` by `&str`
//!
//! A `SeenSet` remembers keys it has met: request ids, file paths, raw
//! message bytes. It is checked far more often than it grows, so a lookup
//! must not allocate: a set of `String`s is asked `contains("req-7")`, a set
//! of `Vec<u8>` is asked with a `&[u8]` slice, a set of `PathBuf`s with a
//! `&Path`, exactly as `HashSet` itself allows.
//!
//! The library compiles and its tests pass, but those calls are rejected:
//! the borrowed forms `str`, `[u8]` and `Path` have no size known at compile
//! time, and every type parameter silently requires one.
//!
//! Task: let `contains` and `forget` take any borrowed form of the key,
//! sized or not. Keep them generic (the key type is the caller's choice) and
//! keep their names and receivers. A lookup by a type the key cannot be
//! borrowed as (a number for a set of strings) must still be rejected.
//!
//! Run `cargo run -p checker watch` and save to check your work.

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
        Q: Hash + Eq + ?Sized + 'static,
    {
        self.keys.contains(key)
    }

    /// Forgets `key`; true when it had been seen.
    pub fn forget<Q>(&mut self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized + 'static,
    {
        self.keys.remove(key)
    }
}

impl<K: Hash + Eq> Default for SeenSet<K> {
    fn default() -> Self {
        Self::new()
    }
}
