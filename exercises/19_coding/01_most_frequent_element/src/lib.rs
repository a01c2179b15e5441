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

use std::collections::HashMap;
use std::hash::Hash;

// TODO: what does the map need to own, and what does it really need to know
// about each value to apply the tie rule?
pub fn most_frequent<T: Hash + Eq + Clone>(items: &[T]) -> Option<&T> {
    let mut counts: HashMap<T, usize> = HashMap::new();
    for item in items {
        *counts.entry(item.clone()).or_insert(0) += 1;
    }
    items.iter().max_by_key(|item| counts[*item])
}
