use unsafe_ffi_04_c_struct_layout::{div_rem, div_rem_i64};

#[test]
fn quotient_and_remainder_come_back_in_the_right_places() {
    assert_eq!(div_rem(7, 2), Some((3, 1)));
    assert_eq!(div_rem(100, 7), Some((14, 2)));
    assert_eq!(div_rem(0, 5), Some((0, 0)));
}

#[test]
fn c_rounds_toward_zero_and_the_remainder_follows_the_dividend() {
    assert_eq!(div_rem(-7, 2), Some((-3, -1)));
    assert_eq!(div_rem(7, -2), Some((-3, 1)));
    assert_eq!(div_rem(-7, -2), Some((3, -1)));
}

#[test]
fn extreme_values_that_are_defined_work() {
    assert_eq!(div_rem(i32::MIN, 1), Some((i32::MIN, 0)));
    assert_eq!(div_rem(i32::MIN, 2), Some((i32::MIN / 2, 0)));
    assert_eq!(div_rem(i32::MAX, -1), Some((-i32::MAX, 0)));
    assert_eq!(div_rem(i32::MIN, i32::MAX), Some((-1, -1)));
}

#[test]
fn division_by_zero_is_refused() {
    assert_eq!(div_rem(1, 0), None);
    assert_eq!(div_rem(0, 0), None);
    assert_eq!(div_rem_i64(1, 0), None);
}

#[test]
fn wide_division_works() {
    assert_eq!(div_rem_i64(10_000_000_000, 3), Some((3_333_333_333, 1)));
    assert_eq!(div_rem_i64(-10_000_000_000, 7), Some((-1_428_571_428, -4)));
    assert_eq!(div_rem_i64(i64::MIN, -1), None);
    assert_eq!(div_rem_i64(i64::MAX, i64::MAX), Some((1, 0)));
}
