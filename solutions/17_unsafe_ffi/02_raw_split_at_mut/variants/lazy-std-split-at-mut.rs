// variant: calls the slice's own split_at_mut
// expect: rule:clippy::disallowed_methods

/// Splits `slice` into two non-overlapping mutable halves at `mid`.
///
/// # Panics
/// When `mid > slice.len()`, with a message that contains `mid > len`.
pub fn split_at_mut<T>(slice: &mut [T], mid: usize) -> (&mut [T], &mut [T]) {
    assert!(mid <= slice.len(), "mid > len");
    slice.split_at_mut(mid)
}

/// Swaps the first half of `values` with the second half, element by
/// element; a middle element of an odd-length slice stays where it is.
pub fn swap_halves<T>(values: &mut [T]) {
    let mid = values.len() - values.len() / 2;
    let (left, right) = split_at_mut(values, mid);
    for (a, b) in left.iter_mut().zip(right.iter_mut()) {
        std::mem::swap(a, b);
    }
}
