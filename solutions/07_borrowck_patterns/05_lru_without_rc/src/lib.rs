//! # A least-recently-used cache without `Rc<RefCell<_>>`
//!
//! A service keeps the results of its last few lookups. When the cache is
//! full and a new entry arrives, the entry used longest ago is evicted.
//! "Used" means inserted, replaced or read with `get`; `peek` reads without
//! counting as a use.
//!
//! The textbook version is a hash map plus a doubly linked list, which in
//! Rust tempts people into `Rc<RefCell<Node>>` with `Weak` back pointers.
//! This one keeps a logical clock instead: every use stamps the entry with the
//! next tick, and an ordered map from tick to key finds the oldest entry.
//! One owner, no reference counting, O(log n) per operation.
//!
//! It does not compile: `get` reads an entry and then records the use while
//! still holding that read. Make it compile without cloning values (`V` need
//! not be `Clone`) and keep `get`'s signature: it takes `&mut self` and
//! returns a reference, so a caller may look at the value, but only while it
//! does not change the cache (a must-fail case checks that). Convince the
//! borrow checker rather than switch it off: no `unsafe` code, no `Rc`,
//! `Arc`, and no interior mutability (`Cell`, `RefCell`, `Mutex`,
//! `RwLock`, atomics, channels; the rules of this exercise reject them).
//! The tests check the eviction order; read the rules on each method.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! `get` held a shared borrow of `self.entries` (through `entry`) while
//! `touch` asked for all of `self` mutably: E0502, even though `touch` only
//! needs the clock and the age index. Recording the use first and reading
//! the value afterwards ends the mutable borrow before the shared one
//! begins. The returned `&V` borrows the cache for as long as the caller
//! keeps it, so the cache cannot change under it.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

struct Entry<V> {
    value: V,
    /// The tick of the last use.
    stamp: u64,
}

pub struct LruCache<K, V> {
    capacity: usize,
    clock: u64,
    entries: HashMap<K, Entry<V>>,
    /// Tick of the last use -> key; the first entry is the least recently used.
    by_age: BTreeMap<u64, K>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// A cache holding at most `capacity` entries. Capacity 0 keeps nothing.
    pub fn new(capacity: usize) -> Self {
        Self {
            capacity,
            clock: 0,
            entries: HashMap::new(),
            by_age: BTreeMap::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The value for `key`, without counting as a use.
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.entries.get(key).map(|entry| &entry.value)
    }

    /// The value for `key`, counting as a use.
    pub fn get(&mut self, key: &K) -> Option<&V> {
        self.touch(key);
        self.peek(key)
    }

    /// Inserts or replaces the value for `key`, counting as a use. Returns
    /// the entry evicted to make room, if any. Replacing a key's value evicts
    /// nothing (the old value is dropped). With capacity 0 the new entry is
    /// handed straight back.
    pub fn put(&mut self, key: K, value: V) -> Option<(K, V)> {
        if self.capacity == 0 {
            return Some((key, value));
        }
        if let Some(entry) = self.entries.get_mut(&key) {
            entry.value = value;
            self.touch(&key);
            return None;
        }
        let evicted = if self.entries.len() == self.capacity {
            self.evict_oldest()
        } else {
            None
        };
        self.clock += 1;
        self.by_age.insert(self.clock, key.clone());
        self.entries.insert(
            key,
            Entry {
                value,
                stamp: self.clock,
            },
        );
        evicted
    }

    /// Moves `key` to the newest tick.
    fn touch(&mut self, key: &K) {
        if let Some(entry) = self.entries.get_mut(key) {
            self.by_age.remove(&entry.stamp);
            self.clock += 1;
            entry.stamp = self.clock;
            self.by_age.insert(self.clock, key.clone());
        }
    }

    fn evict_oldest(&mut self) -> Option<(K, V)> {
        let (_, key) = self.by_age.pop_first()?;
        let entry = self.entries.remove(&key)?;
        Some((key, entry.value))
    }
}
