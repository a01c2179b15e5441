// variant: clones each value into the map as its key
// expect: case:values_that_cannot_be_cloned
use std::collections::HashMap;
use std::hash::Hash;

pub fn most_frequent<T: Hash + Eq + Clone>(items: &[T]) -> Option<&T> {
    let mut seen: HashMap<T, (usize, usize)> = HashMap::new();
    for (index, item) in items.iter().enumerate() {
        seen.entry(item.clone()).or_insert((0, index)).0 += 1;
    }
    let (_, first) = seen
        .into_values()
        .max_by_key(|&(count, first)| (count, std::cmp::Reverse(first)))?;
    items.get(first)
}
