use unsafe_ffi_04_c_struct_layout::{UtcTime, utc_time};

fn at(year: i32, month: u32, day: u32, hms: (u32, u32, u32), weekday: u32) -> Option<UtcTime> {
    Some(UtcTime {
        year,
        month,
        day,
        hour: hms.0,
        minute: hms.1,
        second: hms.2,
        weekday,
    })
}

#[test]
fn the_epoch_is_thursday_first_of_january_1970() {
    assert_eq!(utc_time(0), at(1970, 1, 1, (0, 0, 0), 4));
}

#[test]
fn a_leap_day_is_found() {
    assert_eq!(utc_time(951_782_400), at(2000, 2, 29, (0, 0, 0), 2));
}

#[test]
fn a_recent_moment_has_every_field_right() {
    assert_eq!(utc_time(1_700_000_000), at(2023, 11, 14, (22, 13, 20), 2));
}

#[test]
fn moments_before_the_epoch_and_after_2038_work() {
    assert_eq!(utc_time(-1), at(1969, 12, 31, (23, 59, 59), 3));
    assert_eq!(utc_time(4_102_444_800), at(2100, 1, 1, (0, 0, 0), 5));
    assert_eq!(utc_time(-62_135_596_800), at(1, 1, 1, (0, 0, 0), 1));
}

#[test]
fn a_year_too_large_for_c_is_none() {
    assert_eq!(utc_time(i64::MAX), None);
    assert_eq!(utc_time(i64::MIN), None);
}

#[test]
fn the_last_year_that_fits_in_an_int_is_the_end() {
    // C's `tm_year` counts from 1900, so it fits in an `int` for a while
    // after the year itself no longer does: adding 1900 must not overflow.
    assert_eq!(
        utc_time(67_767_976_233_532_799),
        at(i32::MAX, 12, 31, (23, 59, 59), 2)
    );
    assert_eq!(utc_time(67_767_976_233_532_800), None);
}
