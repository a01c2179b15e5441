// variant: comparators that compute -1, 0 or 1 by hand instead of casting an Ordering

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
    c_int::from(a > b) - c_int::from(a < b)
}

/// Compares two `&str`s by length in characters, then in `str` order.
///
/// # Safety
/// Both pointers must point to valid, aligned `&str` values.
unsafe extern "C" fn compare_by_length(a: *const c_void, b: *const c_void) -> c_int {
    // SAFETY: the caller (`qsort`, called by `sort_words_by_length` on a
    // `&str` slice) passes pointers to elements of that slice; copying a
    // `&str` out copies its pointer and length, not the text.
    let (a, b) = unsafe { (*a.cast::<&str>(), *b.cast::<&str>()) };
    match (a.chars().count(), b.chars().count()) {
        (x, y) if x < y => -1,
        (x, y) if x > y => 1,
        _ => match a.cmp(b) {
            std::cmp::Ordering::Less => -1,
            std::cmp::Ordering::Equal => 0,
            std::cmp::Ordering::Greater => 1,
        },
    }
}

/// Sorts `values` in ascending order with `qsort`.
pub fn sort_i64(values: &mut [i64]) {
    // Nothing to sort; an empty slice's pointer is dangling, which C's
    // rules for `qsort` do not allow even with a count of zero.
    if values.len() < 2 {
        return;
    }
    // SAFETY: `values` is a valid, writable slice of `len` elements of
    // `size_of::<i64>()` bytes each, `compare_i64` reads `i64`s and cannot
    // panic, and `qsort` only moves whole elements, which are plain bytes.
    unsafe {
        qsort(
            values.as_mut_ptr().cast(),
            values.len(),
            size_of::<i64>(),
            compare_i64,
        );
    }
}

/// Sorts `words` by length in characters, then in `str` order, with `qsort`.
pub fn sort_words_by_length(words: &mut [&str]) {
    if words.len() < 2 {
        return;
    }
    // SAFETY: `words` is a valid, writable slice of `len` elements of
    // `size_of::<&str>()` bytes each, `compare_by_length` reads `&str`s and
    // cannot panic, and `qsort` only swaps whole elements: a `&str` moved
    // bytewise is still the same valid reference.
    unsafe {
        qsort(
            words.as_mut_ptr().cast(),
            words.len(),
            size_of::<&str>(),
            compare_by_length,
        );
    }
}
