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

/// Splits `slice` into two non-overlapping mutable halves at `mid`.
///
/// # Panics
/// When `mid > slice.len()`, with a message that contains `mid > len`.
pub fn split_at_mut<T>(slice: &mut [T], mid: usize) -> (&mut [T], &mut [T]) {
    // TODO: which values of `mid` are allowed? Where does each half start,
    // and how long is it? What does `from_raw_parts_mut` require?
    let _ = (slice, mid);
    todo!("split the slice with raw pointers")
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
