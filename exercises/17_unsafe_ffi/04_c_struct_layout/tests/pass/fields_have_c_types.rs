// The fields keep the C names and C types: C code (and anyone reading the
// header next to this crate) sees the same struct.
use core::ffi::{c_char, c_int, c_long, c_longlong};

use unsafe_ffi_04_c_struct_layout::{DivT, LldivT, Tm};

fn div_fields(d: DivT) -> [c_int; 2] {
    [d.quot, d.rem]
}

fn lldiv_fields(d: LldivT) -> [c_longlong; 2] {
    [d.quot, d.rem]
}

fn tm_fields(t: Tm) -> ([c_int; 9], c_long, *const c_char) {
    let ints = [
        t.tm_sec, t.tm_min, t.tm_hour, t.tm_mday, t.tm_mon, t.tm_year, t.tm_wday, t.tm_yday,
        t.tm_isdst,
    ];
    (ints, t.tm_gmtoff, t.tm_zone)
}

fn main() {
    let _ = (
        div_fields as fn(DivT) -> [c_int; 2],
        lldiv_fields as fn(LldivT) -> [c_longlong; 2],
        tm_fields as fn(Tm) -> ([c_int; 9], c_long, *const c_char),
    );
}
