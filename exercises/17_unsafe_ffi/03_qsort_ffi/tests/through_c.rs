// Proves that both functions sort through C's `qsort`, not a Rust sort: the
// last call must get the whole slice in the caller's order (nothing sorted
// it before), and the slice must come back exactly as `qsort` left it.
//
// This test binary defines its own `qsort` symbol. When it is linked, the
// crate's `extern "C"` declaration of `qsort` resolves to this definition
// rather than to the C library's, so every call is recorded here and then
// handed on to the real `qsort`, found with `dlsym(RTLD_NEXT, ...)`.
use core::ffi::{c_int, c_void};
use std::cell::RefCell;
use std::mem::size_of_val;

use unsafe_ffi_03_qsort_ffi::{sort_i64, sort_words_by_length};

type Compare = unsafe extern "C" fn(*const c_void, *const c_void) -> c_int;
type Qsort = unsafe extern "C" fn(*mut c_void, usize, usize, Compare);

/// One call that reached `qsort`, and the bytes of the array it got and
/// left.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Call {
    base: usize,
    count: usize,
    size: usize,
    given: Vec<u8>,
    sorted: Vec<u8>,
}

thread_local! {
    /// Calls to `qsort` made on this thread (each test runs on its own thread).
    static CALLS: RefCell<Vec<Call>> = const { RefCell::new(Vec::new()) };
}

/// Lets the C library's `qsort` do the sorting, and records the call.
///
/// # Safety
/// The same as C's `qsort`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn qsort(base: *mut c_void, count: usize, size: usize, compare: Compare) {
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
    let bytes = count.saturating_mul(size);
    let array = || {
        if base.is_null() || bytes == 0 {
            Vec::new()
        } else {
            // SAFETY: `qsort`'s caller promised `count` elements of `size`
            // bytes at `base`.
            unsafe { std::slice::from_raw_parts(base.cast::<u8>(), bytes) }.to_vec()
        }
    };
    let given = array();
    // SAFETY: the caller's arguments are passed on unchanged.
    unsafe { real(base, count, size, compare) };
    let sorted = array();
    CALLS.with(|calls| {
        calls.borrow_mut().push(Call {
            base: base as usize,
            count,
            size,
            given,
            sorted,
        })
    });
}

/// The calls made since the last time this was asked.
fn calls() -> Vec<Call> {
    CALLS.with(|calls| calls.take())
}

/// The bytes of a slice, as `qsort` sees them.
fn bytes_of<T>(slice: &[T]) -> Vec<u8> {
    // SAFETY: the elements tested here (`i64` and `&str`) have no padding,
    // so every byte of the slice is initialised.
    unsafe { std::slice::from_raw_parts(slice.as_ptr().cast::<u8>(), size_of_val(slice)) }.to_vec()
}

/// Checks that the last call got all of `slice`, in the order of `original`
/// (nothing sorted it first), and that nothing changed it after `qsort`
/// returned.
fn assert_sorted_by_qsort<T>(what: &str, calls: &[Call], original: &[T], slice: &[T]) {
    let Some(last) = calls.last() else {
        panic!("{what} sorted without calling C's qsort");
    };
    assert_eq!(
        (last.base, last.count, last.size),
        (
            slice.as_ptr() as usize,
            slice.len(),
            size_of_val(slice) / slice.len()
        ),
        "{what}: qsort must get the whole slice (its start, its length and the \
         size of one element)"
    );
    assert!(
        last.given == bytes_of(original),
        "{what}: qsort got the slice already reordered: qsort must do the sorting"
    );
    assert!(
        last.sorted == bytes_of(slice),
        "{what}: the slice changed after qsort returned: qsort must do the sorting"
    );
}

#[test]
fn sort_i64_sorts_through_c_qsort() {
    let original = [3, 1 << 40, -2, 0, 7, i64::MIN];
    let mut values = original;
    calls();
    sort_i64(&mut values);
    assert_eq!(values, [i64::MIN, -2, 0, 3, 7, 1 << 40]);
    assert_sorted_by_qsort("sort_i64", &calls(), &original, &values);
}

#[test]
fn sort_words_by_length_sorts_through_c_qsort() {
    let original = ["pear", "fig", "banana", "kiwi", "été", "a"];
    let mut words = original;
    calls();
    sort_words_by_length(&mut words);
    assert_eq!(words, ["a", "fig", "été", "kiwi", "pear", "banana"]);
    assert_sorted_by_qsort("sort_words_by_length", &calls(), &original, &words);
}
