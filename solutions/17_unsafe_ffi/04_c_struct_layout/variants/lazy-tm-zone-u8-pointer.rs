// variant: tm_zone declared as *const u8 instead of *const c_char
// expect: case:fields_have_c_types
//! # Structs that cross into C
//!
//! This crate calls three functions of the C library (glibc, 64-bit Linux)
//! that exchange structs with Rust:
//! - `div_t div(int numer, int denom);` returns a struct by value;
//! - `lldiv_t lldiv(long long numer, long long denom);` likewise;
//! - `struct tm *gmtime_r(const time_t *timep, struct tm *result);` fills
//!   a struct through a pointer and returns that pointer, or NULL when the
//!   date does not fit.
//!
//! C decides where each field lives: in declaration order, each one aligned
//! on its own size. A Rust struct only matches when it is declared with
//! `#[repr(C)]` (plain Rust structs may be laid out in any order) and lists
//! exactly the same fields in exactly the same order. The declarations
//! below were written from memory: find what is wrong in them with the C
//! headers in mind (`man div`, `man gmtime_r`, `/usr/include/`).
//!
//! The safe wrappers must also never hand C an input on which C's behaviour
//! is undefined: division by zero, or the one division whose quotient does
//! not fit in the type. They return `None` for those, and hand every other
//! input to C (a test counts the calls that reach it).
//!
//! Done when the tests pass and rustc sees every struct as FFI-safe (a
//! case declares the three functions under `#![deny(improper_ctypes)]`: a
//! layout that only happens to match C's today is not enough). Keep the
//! names and types of the fields: they are the C names.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use core::ffi::{c_int, c_long, c_longlong};
use std::mem::MaybeUninit;

/// C's `div_t`.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DivT {
    pub quot: c_int,
    pub rem: c_int,
}

/// C's `lldiv_t`.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LldivT {
    pub quot: c_longlong,
    pub rem: c_longlong,
}

/// C's `struct tm`, as glibc defines it.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct Tm {
    pub tm_sec: c_int,
    pub tm_min: c_int,
    pub tm_hour: c_int,
    pub tm_mday: c_int,
    pub tm_mon: c_int,
    pub tm_year: c_int,
    pub tm_wday: c_int,
    pub tm_yday: c_int,
    pub tm_isdst: c_int,
    pub tm_gmtoff: c_long,
    pub tm_zone: *const u8,
}

/// `time_t` on 64-bit Linux.
pub type TimeT = i64;

unsafe extern "C" {
    fn div(numer: c_int, denom: c_int) -> DivT;
    fn lldiv(numer: c_longlong, denom: c_longlong) -> LldivT;
    fn gmtime_r(timep: *const TimeT, result: *mut Tm) -> *mut Tm;
}

/// Quotient (rounded toward zero) and remainder, as C computes them; `None`
/// where C's division is undefined.
pub fn div_rem(numer: i32, denom: i32) -> Option<(i32, i32)> {
    if denom == 0 || (numer == i32::MIN && denom == -1) {
        return None;
    }
    // SAFETY: `div` is a pure function of its two arguments, and the line
    // above rules out the inputs on which it is undefined.
    let result = unsafe { div(numer, denom) };
    Some((result.quot, result.rem))
}

/// Like `div_rem`, for 64-bit numbers.
pub fn div_rem_i64(numer: i64, denom: i64) -> Option<(i64, i64)> {
    if denom == 0 || (numer == i64::MIN && denom == -1) {
        return None;
    }
    // SAFETY: `lldiv` is a pure function of its two arguments, and the line
    // above rules out the inputs on which it is undefined.
    let result = unsafe { lldiv(numer, denom) };
    Some((result.quot, result.rem))
}

/// A moment in UTC, broken down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UtcTime {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    /// Days since Sunday, 0 to 6.
    pub weekday: u32,
}

/// The UTC date and time `unix_seconds` after 1970-01-01 00:00:00 UTC, or
/// `None` when its year does not fit in a C `int`.
pub fn utc_time(unix_seconds: i64) -> Option<UtcTime> {
    let mut tm = MaybeUninit::<Tm>::uninit();
    // SAFETY: both pointers are valid for the call: `unix_seconds` is a live
    // `time_t`, and `tm` has room for a whole `struct tm`, which `gmtime_r`
    // fills when it returns non-null.
    let filled = unsafe { gmtime_r(&unix_seconds, tm.as_mut_ptr()) };
    if filled.is_null() {
        return None;
    }
    // SAFETY: `gmtime_r` returned non-null, so it initialised `tm`.
    let tm = unsafe { tm.assume_init() };
    let field = |value: c_int| u32::try_from(value).ok();
    Some(UtcTime {
        year: tm.tm_year.checked_add(1900)?,
        month: field(tm.tm_mon)? + 1,
        day: field(tm.tm_mday)?,
        hour: field(tm.tm_hour)?,
        minute: field(tm.tm_min)?,
        second: field(tm.tm_sec)?,
        weekday: field(tm.tm_wday)?,
    })
}
