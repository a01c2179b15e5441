// variant: counts each value by rescanning the slice, and needs only Eq
// expect: tests, case:values_without_hash
pub fn most_frequent<T: Eq>(items: &[T]) -> Option<&T> {
    let mut best: Option<(&T, usize)> = None;
    for item in items {
        let count = items.iter().filter(|other| *other == item).count();
        if best.is_none_or(|(_, best_count)| count > best_count) {
            best = Some((item, count));
        }
    }
    best.map(|(item, _)| item)
}
