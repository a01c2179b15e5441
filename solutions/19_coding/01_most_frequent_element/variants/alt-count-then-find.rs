// variant: counts in one pass, then finds the first element that reaches the top count
use std::collections::HashMap;
use std::hash::Hash;

pub fn most_frequent<T>(items: &[T]) -> Option<&T>
where
    T: Hash + Eq,
{
    let mut counts: HashMap<&T, usize> = HashMap::with_capacity(items.len());
    for item in items {
        *counts.entry(item).or_default() += 1;
    }
    let top = counts.values().copied().max()?;
    // In slice order, the first element whose value has the top count is
    // the first occurrence of the tied value seen earliest.
    items.iter().find(|item| counts.get(item) == Some(&top))
}
