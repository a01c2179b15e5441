//! # Interview problem: the most frequent element
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
