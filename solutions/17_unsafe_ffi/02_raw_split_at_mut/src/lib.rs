//! # `split_at_mut` from raw parts
//!
//! The borrow checker refuses two `&mut` into one slice, yet the standard
//! library's `split_at_mut` returns exactly that. It can, because it checks
//! one condition at run time and then builds the two halves from raw
//! pointers, which the borrow checker does not follow.
//!
//! Task: implement `split_at_mut` yourself with `as_mut_ptr` and
//! `std::slice::from_raw_parts_mut`, without calling any of the slice's own
//! `split*`, `chunks*` or `get*` methods and without indexing or slicing it
//! (`&mut slice[mid..]`). It returns `[0, mid)` and
//! `[mid, len)`. When `mid > len` it panics, whatever `T` is (zero-sized
//! types included), and, like the standard library's version, with a
//! message that contains `mid > len` (an arithmetic overflow somewhere
//! further on is not that check). Above each `unsafe` block, write a
//! `// SAFETY:` comment. Keep the signature: it is what lets the compiler
//! check every caller.
//!
//! Two things no test can see, so they are yours to keep: check `mid`
//! before any pointer arithmetic (`add` past the slice is undefined
//! behaviour even when nothing is read there), and make each `SAFETY`
//! comment say why every precondition of what the block calls holds
//! (clippy checks only that the comment is there).
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! The bound check comes first and is the whole proof: once `mid <= len`,
//! `[0, mid)` and `[mid, len)` lie inside the slice and share no element.
//! The signature ties both halves to the caller's `&mut` borrow, so the
//! borrow checker keeps policing every caller even though it cannot see
//! inside this function.

use std::slice;

/// Splits `slice` into two non-overlapping mutable halves at `mid`.
///
/// # Panics
/// When `mid > slice.len()`, with a message that contains `mid > len`.
pub fn split_at_mut<T>(slice: &mut [T], mid: usize) -> (&mut [T], &mut [T]) {
    let len = slice.len();
    assert!(mid <= len, "mid > len: cannot split at {mid} of {len}");
    let start = slice.as_mut_ptr();
    // SAFETY: `mid <= len`, so `start + mid` is inside the slice or one past
    // its end, which `add` allows (for zero-sized `T` it does not move).
    let tail = unsafe { start.add(mid) };
    // SAFETY: `start` is valid for `mid <= len` elements, properly aligned
    // and initialised, since it comes from a live `&mut [T]`; this slice
    // covers `[0, mid)` only.
    let left = unsafe { slice::from_raw_parts_mut(start, mid) };
    // SAFETY: `tail` is valid for `len - mid` elements, `[mid, len)`, which
    // do not overlap `left`. Both results borrow from `slice` for its whole
    // lifetime, which is then not usable on its own until they are gone.
    let right = unsafe { slice::from_raw_parts_mut(tail, len - mid) };
    (left, right)
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
