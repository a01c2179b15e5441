// Proves that the wrappers call the C library, and never with an input on
// which C's division is undefined.
//
// This test binary defines its own `div`, `lldiv` and `gmtime_r` symbols.
// When it is linked, the crate's `extern "C"` declarations resolve to these
// definitions rather than to the C library's, so every call is counted here
// and then handed on to the real function, found with
// `dlsym(RTLD_NEXT, ...)`. Their structs are declared here, from the C
// headers, independently of the crate's.
use core::ffi::{CStr, c_int, c_long, c_longlong, c_void};
use std::cell::Cell;

use unsafe_ffi_04_c_struct_layout::{div_rem, div_rem_i64, utc_time};

#[repr(C)]
pub struct DivResult {
    quot: c_int,
    rem: c_int,
}

#[repr(C)]
pub struct LldivResult {
    quot: c_longlong,
    rem: c_longlong,
}

/// Opaque here: only passed on.
#[repr(C)]
pub struct StructTm {
    _fields: [c_long; 7],
}

thread_local! {
    /// Calls that reached C on this thread (each test runs on its own thread).
    static CALLS: Cell<usize> = const { Cell::new(0) };
    /// Calls made with a zero divisor or an overflowing quotient.
    static UNDEFINED: Cell<usize> = const { Cell::new(0) };
}

/// The C library's function called `name`.
fn real(name: &CStr) -> *mut c_void {
    CALLS.with(|calls| calls.set(calls.get() + 1));
    // SAFETY: `RTLD_NEXT` looks the symbol up in the libraries loaded after
    // this executable, which is where the C library is; the name is a
    // NUL-terminated C string.
    let found = unsafe { libc::dlsym(libc::RTLD_NEXT, name.as_ptr()) };
    if found.is_null() {
        // No unwinding out of an `extern "C"` function: stop right here.
        std::process::abort();
    }
    found
}

/// Counts the call; refuses to hand C an undefined division.
///
/// # Safety
/// None beyond C's `div`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn div(numer: c_int, denom: c_int) -> DivResult {
    if denom == 0 || (numer == c_int::MIN && denom == -1) {
        UNDEFINED.with(|count| count.set(count.get() + 1));
        return DivResult { quot: 0, rem: 0 };
    }
    // SAFETY: the symbol found is C's `div`, whose signature this is.
    let div: unsafe extern "C" fn(c_int, c_int) -> DivResult =
        unsafe { std::mem::transmute(real(c"div")) };
    // SAFETY: a defined division, checked above.
    unsafe { div(numer, denom) }
}

/// Counts the call; refuses to hand C an undefined division.
///
/// # Safety
/// None beyond C's `lldiv`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn lldiv(numer: c_longlong, denom: c_longlong) -> LldivResult {
    if denom == 0 || (numer == c_longlong::MIN && denom == -1) {
        UNDEFINED.with(|count| count.set(count.get() + 1));
        return LldivResult { quot: 0, rem: 0 };
    }
    // SAFETY: the symbol found is C's `lldiv`, whose signature this is.
    let lldiv: unsafe extern "C" fn(c_longlong, c_longlong) -> LldivResult =
        unsafe { std::mem::transmute(real(c"lldiv")) };
    // SAFETY: a defined division, checked above.
    unsafe { lldiv(numer, denom) }
}

/// Counts the call.
///
/// # Safety
/// The same as C's `gmtime_r`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gmtime_r(timep: *const i64, result: *mut StructTm) -> *mut StructTm {
    // SAFETY: the symbol found is C's `gmtime_r`, whose signature this is.
    let gmtime_r: unsafe extern "C" fn(*const i64, *mut StructTm) -> *mut StructTm =
        unsafe { std::mem::transmute(real(c"gmtime_r")) };
    // SAFETY: the caller's arguments are passed on unchanged.
    unsafe { gmtime_r(timep, result) }
}

fn calls() -> usize {
    CALLS.with(Cell::get)
}

fn undefined() -> usize {
    UNDEFINED.with(Cell::get)
}

#[test]
fn each_division_is_done_by_c() {
    let before = calls();
    assert_eq!(div_rem(17, 5), Some((3, 2)));
    assert_eq!(div_rem_i64(-17, 5), Some((-3, -2)));
    assert_eq!(
        calls() - before,
        2,
        "div_rem and div_rem_i64 must each call C once (div, lldiv)"
    );
}

#[test]
fn undefined_divisions_never_reach_c() {
    assert_eq!(div_rem(1, 0), None);
    assert_eq!(div_rem(i32::MIN, -1), None);
    assert_eq!(div_rem_i64(1, 0), None);
    assert_eq!(div_rem_i64(i64::MIN, -1), None);
    assert_eq!(
        undefined(),
        0,
        "an undefined division was handed to C: the wrapper must refuse it first"
    );
}

#[test]
fn broken_down_time_comes_from_c() {
    let before = calls();
    assert!(utc_time(86_400).is_some());
    assert_eq!(calls() - before, 1, "utc_time must call C's gmtime_r once");
}
