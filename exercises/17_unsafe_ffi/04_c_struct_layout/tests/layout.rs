// The Rust declarations must put every field where C puts it.
use std::mem::{align_of, offset_of, size_of};

use unsafe_ffi_04_c_struct_layout::{DivT, LldivT, Tm};

#[test]
fn div_t_is_quotient_then_remainder() {
    assert_eq!(offset_of!(DivT, quot), 0, "C's div_t starts with quot");
    assert_eq!(offset_of!(DivT, rem), 4);
    assert_eq!(size_of::<DivT>(), 8);
}

#[test]
fn lldiv_t_is_quotient_then_remainder() {
    assert_eq!(offset_of!(LldivT, quot), 0, "C's lldiv_t starts with quot");
    assert_eq!(offset_of!(LldivT, rem), 8);
    assert_eq!(size_of::<LldivT>(), 16);
}

#[test]
fn struct_tm_matches_glibc() {
    let ints = [
        offset_of!(Tm, tm_sec),
        offset_of!(Tm, tm_min),
        offset_of!(Tm, tm_hour),
        offset_of!(Tm, tm_mday),
        offset_of!(Tm, tm_mon),
        offset_of!(Tm, tm_year),
        offset_of!(Tm, tm_wday),
        offset_of!(Tm, tm_yday),
        offset_of!(Tm, tm_isdst),
    ];
    assert_eq!(
        ints,
        [0, 4, 8, 12, 16, 20, 24, 28, 32],
        "the nine int fields are out of order"
    );
    assert_eq!(
        offset_of!(Tm, tm_gmtoff),
        40,
        "long is 8-aligned: 4 bytes of padding"
    );
    assert_eq!(offset_of!(Tm, tm_zone), 48);
    assert_eq!(size_of::<Tm>(), 56, "gmtime_r writes 56 bytes");
    assert_eq!(align_of::<Tm>(), 8);
}
