// variant: counts by reference, then max_by_key over the slice: ties go to the last
// expect: tests, case:values_that_cannot_be_cloned
use std::collections::HashMap;
use std::hash::Hash;

pub fn most_frequent<T: Hash + Eq>(items: &[T]) -> Option<&T> {
    let mut counts: HashMap<&T, usize> = HashMap::new();
    for item in items {
        *counts.entry(item).or_insert(0) += 1;
    }
    items.iter().max_by_key(|item| counts.get(item).copied())
}
