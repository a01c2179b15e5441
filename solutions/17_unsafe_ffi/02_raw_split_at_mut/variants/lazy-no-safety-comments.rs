// variant: raw parts, but no `// SAFETY:` comment above the unsafe blocks
// expect: rule:clippy::undocumented_unsafe_blocks

use std::slice;

/// Splits `slice` into two non-overlapping mutable halves at `mid`.
///
/// # Panics
/// When `mid > slice.len()`, with a message that contains `mid > len`.
pub fn split_at_mut<T>(slice: &mut [T], mid: usize) -> (&mut [T], &mut [T]) {
    let len = slice.len();
    assert!(mid <= len, "mid > len: cannot split at {mid} of {len}");
    let start = slice.as_mut_ptr();
    unsafe {
        (
            slice::from_raw_parts_mut(start, mid),
            slice::from_raw_parts_mut(start.add(mid), len - mid),
        )
    }
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
