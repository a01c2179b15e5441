// variant: counts keyed by a 64-bit hash, never compared with Eq
// expect: tests
//! # Interview problem: the most frequent element
//!
//! "Given a slice, return its most frequent element. Make it generic."
//!
//! The rules this crate settles on:
//! - The result borrows from the input: `Option<&T>`, `None` for an empty
//!   slice. Nothing is copied, so `T` need not be `Clone` (think of large
//!   records, file handles, or types that cannot be cloned at all).
//! - Ties: among the values with the highest count, the one whose first
//!   occurrence comes earliest wins.
//! - The reference returned points at that first occurrence (it matters when
//!   equal values still differ in fields that `Eq` ignores).
//! - Linear time on average. The tests count the calls to `hash` and `eq`
//!   and allow a small constant number per element (a generous 20), so
//!   rescanning the slice for each value fails however fast the machine is.
//! - A type that cannot be hashed must be rejected at compile time.
//!
//! The draft below passes a quick try but breaks these rules. Fix it, keeping
//! the function's name and parameter.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::cmp::Reverse;
use std::collections::HashMap;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

fn fingerprint<T: Hash>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

pub fn most_frequent<T: Hash + Eq>(items: &[T]) -> Option<&T> {
    // Keyed by the hash alone: one u64 per distinct value, nothing borrowed.
    let mut counts: HashMap<u64, (usize, usize)> = HashMap::new();
    for (position, item) in items.iter().enumerate() {
        counts.entry(fingerprint(item)).or_insert((0, position)).0 += 1;
    }
    counts
        .into_values()
        .max_by_key(|&(count, first)| (count, Reverse(first)))
        .map(|(_, first)| &items[first])
}
