// variant: length counted in UTF-16 code units, not characters
// expect: tests

//! # Sorting with C's `qsort`
//!
//! The C library's `qsort` sorts any array: it gets a pointer to the first
//! element, the element count, the size of one element, and a comparison
//! function that receives two untyped pointers and returns a negative
//! number, zero or a positive number. This crate declares it and uses it
//! from Rust through `extern "C"` comparators.
//!
//! Two problems:
//! - `sort_i64` sorts small numbers correctly, but mixes up large ones:
//!   find the bug in its comparator;
//! - `sort_words_by_length` is missing. It sorts words by their length in
//!   characters, shortest first, and words of the same length in
//!   ascending `str` order. Write its comparator and its call to `qsort`.
//!
//! The point is the FFI call: both functions must sort with `qsort`, not
//! with the slice's own sort methods (a test checks that `qsort` gets the
//! whole slice in the caller's order, and that nothing changes it after
//! `qsort` has sorted it).
//!
//! Both must work for empty slices and single elements. A panic must never
//! unwind out of an `extern "C"` function (the program would abort), so the
//! comparators must not panic. Every `unsafe` block gets a `// SAFETY:`
//! comment that says why the call or dereference is sound.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use core::ffi::{c_int, c_void};
use std::mem::size_of;

unsafe extern "C" {
    /// `void qsort(void *base, size_t nmemb, size_t size,
    ///             int (*compar)(const void *, const void *));`
    fn qsort(
        base: *mut c_void,
        count: usize,
        size: usize,
        compare: unsafe extern "C" fn(*const c_void, *const c_void) -> c_int,
    );
}

/// Compares two `i64`s for `qsort`.
///
/// # Safety
/// Both pointers must point to valid, aligned `i64` values.
unsafe extern "C" fn compare_i64(a: *const c_void, b: *const c_void) -> c_int {
    // SAFETY: the caller (`qsort`, called by `sort_i64` on an `i64` slice)
    // passes pointers to elements of that slice.
    let (a, b) = unsafe { (*a.cast::<i64>(), *b.cast::<i64>()) };
    a.cmp(&b) as c_int
}

/// Sorts `values` in ascending order with `qsort`.
pub fn sort_i64(values: &mut [i64]) {
    // SAFETY: `values` is a valid, writable slice of `len` elements of
    // `size_of::<i64>()` bytes each, and `compare_i64` reads `i64`s.
    unsafe {
        qsort(
            values.as_mut_ptr().cast(),
            values.len(),
            size_of::<i64>(),
            compare_i64,
        );
    }
}

/// Compares two `&str`s for `qsort`: by length in characters, then in `str` order.
///
/// # Safety
/// Both pointers must point to valid, aligned `&str` values.
unsafe extern "C" fn compare_words(a: *const c_void, b: *const c_void) -> c_int {
    // SAFETY: `qsort`, called by `sort_words_by_length` on a `&str` slice,
    // passes pointers to elements of that slice, each a valid `&str`.
    let (a, b) = unsafe { (*a.cast::<&str>(), *b.cast::<&str>()) };
    // Length as C# or Java would count it.
    let (la, lb) = (a.encode_utf16().count(), b.encode_utf16().count());
    la.cmp(&lb).then_with(|| a.cmp(b)) as c_int
}

/// Sorts `words` by length in characters, then in `str` order, with `qsort`.
pub fn sort_words_by_length(words: &mut [&str]) {
    // SAFETY: `words` is a valid, writable slice of `len` elements of
    // `size_of::<&str>()` bytes each, and `compare_words` reads `&str`s.
    unsafe {
        qsort(
            words.as_mut_ptr().cast(),
            words.len(),
            size_of::<&str>(),
            compare_words,
        );
    }
}
