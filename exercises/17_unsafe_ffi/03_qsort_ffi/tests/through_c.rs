// Proves that both functions sort through C's `qsort`, not a Rust sort.
//
// This test binary defines its own `qsort` symbol. When it is linked, the
// crate's `extern "C"` declaration of `qsort` resolves to this definition
// rather than to the C library's, so every call is counted here and then
// handed on to the real `qsort`, found with `dlsym(RTLD_NEXT, ...)`.
use core::ffi::{c_int, c_void};
use std::cell::Cell;

use unsafe_ffi_03_qsort_ffi::{sort_i64, sort_words_by_length};

type Compare = unsafe extern "C" fn(*const c_void, *const c_void) -> c_int;
type Qsort = unsafe extern "C" fn(*mut c_void, usize, usize, Compare);

thread_local! {
    /// Calls to `qsort` made on this thread (each test runs on its own thread).
    static CALLS: Cell<usize> = const { Cell::new(0) };
}

/// Counts the call, then lets the C library's `qsort` do the sorting.
///
/// # Safety
/// The same as C's `qsort`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn qsort(base: *mut c_void, count: usize, size: usize, compare: Compare) {
    CALLS.with(|calls| calls.set(calls.get() + 1));
    // SAFETY: `RTLD_NEXT` looks the symbol up in the libraries loaded after
    // this executable, which is where the C library's `qsort` is; the name
    // is a NUL-terminated C string.
    let real = unsafe { libc::dlsym(libc::RTLD_NEXT, c"qsort".as_ptr()) };
    if real.is_null() {
        // No unwinding out of an `extern "C"` function: stop right here.
        std::process::abort();
    }
    // SAFETY: the symbol found is C's `qsort`, whose signature is `Qsort`.
    let real: Qsort = unsafe { std::mem::transmute::<*mut c_void, Qsort>(real) };
    // SAFETY: the caller's arguments are passed on unchanged.
    unsafe { real(base, count, size, compare) }
}

fn calls() -> usize {
    CALLS.with(Cell::get)
}

#[test]
fn sort_i64_sorts_through_c_qsort() {
    let mut values = [3, 1 << 40, -2, 0];
    let before = calls();
    sort_i64(&mut values);
    assert_eq!(values, [-2, 0, 3, 1 << 40]);
    assert!(
        calls() > before,
        "sort_i64 sorted the numbers without calling C's qsort"
    );
}

#[test]
fn sort_words_by_length_sorts_through_c_qsort() {
    let mut words = ["pear", "fig", "banana", "kiwi"];
    let before = calls();
    sort_words_by_length(&mut words);
    assert_eq!(words, ["fig", "kiwi", "pear", "banana"]);
    assert!(
        calls() > before,
        "sort_words_by_length sorted the words without calling C's qsort"
    );
}
