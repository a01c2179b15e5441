// The structs must be declared with C's layout rules, not only happen to
// match them today: rustc's `improper_ctypes` lint flags any type without a
// C-compatible representation in an `extern "C"` signature, and this case
// turns that warning into an error. (A plain Rust struct of two `c_int`s may
// well be laid out like C's today; nothing promises it stays so.)
#![deny(improper_ctypes)]

use core::ffi::{c_int, c_longlong};

use unsafe_ffi_04_c_struct_layout::{DivT, LldivT, TimeT, Tm};

unsafe extern "C" {
    fn div(numer: c_int, denom: c_int) -> DivT;
    fn lldiv(numer: c_longlong, denom: c_longlong) -> LldivT;
    fn gmtime_r(timep: *const TimeT, result: *mut Tm) -> *mut Tm;
}

fn main() {
    // SAFETY: 7 / 2 is defined in C.
    let small = unsafe { div(7, 2) };
    assert_eq!((small.quot, small.rem), (3, 1));
    // SAFETY: 7 / 2 is defined in C.
    let wide = unsafe { lldiv(7, 2) };
    assert_eq!((wide.quot, wide.rem), (3, 1));
    let epoch: TimeT = 0;
    let mut tm = std::mem::MaybeUninit::<Tm>::uninit();
    // SAFETY: both pointers are valid for the call.
    let filled = unsafe { gmtime_r(&epoch, tm.as_mut_ptr()) };
    assert!(!filled.is_null(), "the epoch fits in a struct tm");
}
