// variant: counts kept in a u16, which overflows at 65,536 occurrences
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
use std::hash::Hash;

/// Counts each value once (u16 counts keep the map small), remembering where it first appears.
pub fn most_frequent<T: Hash + Eq>(items: &[T]) -> Option<&T> {
    let mut seen: HashMap<&T, (u16, usize)> = HashMap::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        seen.entry(item).or_insert((0, index)).0 += 1;
    }
    seen.into_values()
        .max_by_key(|&(count, first)| (count, Reverse(first)))
        .map(|(_, first)| &items[first])
}
