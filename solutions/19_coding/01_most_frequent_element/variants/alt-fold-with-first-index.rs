// variant: a map to (first index, count), the winner picked by a fold with explicit comparisons
use std::collections::HashMap;
use std::hash::Hash;

pub fn most_frequent<T: Hash + Eq>(items: &[T]) -> Option<&T> {
    let mut seen: HashMap<&T, (usize, usize)> = HashMap::new();
    for (index, item) in items.iter().enumerate() {
        seen.entry(item).or_insert((index, 0)).1 += 1;
    }
    let (first, _) = seen.into_values().fold(
        None,
        |best: Option<(usize, usize)>, (first, count)| match best {
            Some((best_first, best_count))
                if best_count > count || (best_count == count && best_first < first) =>
            {
                best
            }
            _ => Some((first, count)),
        },
    )?;
    items.get(first)
}
