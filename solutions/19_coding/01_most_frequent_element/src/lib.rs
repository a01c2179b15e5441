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
//!
//! ## The solution
//!
//! The map is keyed by `&T`: references to hashable values hash and compare
//! like the values, so nothing is cloned and `T` needs only `Hash + Eq`.
//! Each entry keeps the count and the index of the first occurrence; the
//! winner is the highest count, then the smallest first index, which also
//! says which occurrence to return. One pass to count, one over the distinct
//! values to pick: O(n) on average.

use std::cmp::Reverse;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::Hash;

pub fn most_frequent<T: Hash + Eq>(items: &[T]) -> Option<&T> {
    // value -> (count, index of its first occurrence)
    let mut seen: HashMap<&T, (usize, usize)> = HashMap::new();
    for (index, item) in items.iter().enumerate() {
        match seen.entry(item) {
            Entry::Occupied(mut entry) => entry.get_mut().0 += 1,
            Entry::Vacant(entry) => {
                entry.insert((1, index));
            }
        }
    }
    seen.into_values()
        .max_by_key(|&(count, first)| (count, Reverse(first)))
        .map(|(_, first)| &items[first])
}
