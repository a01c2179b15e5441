// variant: one unsafe block, an if and panic! for the bound, the lifetime written out

use std::slice;

/// Splits `slice` into two non-overlapping mutable halves at `mid`.
///
/// # Panics
/// When `mid > slice.len()`, with a message that contains `mid > len`.
pub fn split_at_mut<'a, T>(slice: &'a mut [T], mid: usize) -> (&'a mut [T], &'a mut [T]) {
    let len = slice.len();
    if mid > len {
        panic!("mid > len ({mid} > {len})");
    }
    let start = slice.as_mut_ptr();
    // SAFETY: `mid <= len`, so `start..start + mid` and
    // `start + mid..start + len` lie inside the slice (the second may be
    // empty, one past the end), do not overlap, and hold initialised `T`s;
    // both results borrow `slice` for `'a`, so nothing else touches them.
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
