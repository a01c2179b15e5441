// variant: the right winner, but the reference points at its last occurrence
// expect: tests, case:values_that_cannot_be_cloned
use std::cmp::Reverse;
use std::collections::HashMap;
use std::hash::Hash;

pub fn most_frequent<T: Hash + Eq>(items: &[T]) -> Option<&T> {
    // value -> (count, first index, the element last seen)
    let mut seen: HashMap<&T, (usize, usize, &T)> = HashMap::new();
    for (index, item) in items.iter().enumerate() {
        let entry = seen.entry(item).or_insert((0, index, item));
        entry.0 += 1;
        entry.2 = item;
    }
    seen.into_values()
        .max_by_key(|&(count, first, _)| (count, Reverse(first)))
        .map(|(_, _, last)| last)
}
