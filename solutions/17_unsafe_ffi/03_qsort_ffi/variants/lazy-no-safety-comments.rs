// variant: the unsafe blocks carry no `// SAFETY:` comment
// expect: rule:clippy::undocumented_unsafe_blocks

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
    let (a, b) = unsafe { (*a.cast::<i64>(), *b.cast::<i64>()) };
    a.cmp(&b) as c_int
}

/// Compares two `&str`s by length in characters, then in `str` order.
///
/// # Safety
/// Both pointers must point to valid, aligned `&str` values.
unsafe extern "C" fn compare_by_length(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (*a.cast::<&str>(), *b.cast::<&str>()) };
    let by_length = a.chars().count().cmp(&b.chars().count());
    by_length.then_with(|| a.cmp(b)) as c_int
}

/// Sorts `values` in ascending order with `qsort`.
pub fn sort_i64(values: &mut [i64]) {
    // Nothing to sort; an empty slice's pointer is dangling, which C's
    // rules for `qsort` do not allow even with a count of zero.
    if values.len() < 2 {
        return;
    }
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
    unsafe {
        qsort(
            words.as_mut_ptr().cast(),
            words.len(),
            size_of::<&str>(),
            compare_by_length,
        );
    }
}
