use orphan_newtype_02_meters_feet_units::{Feet, Meters, total_climb};

fn close(actual: Meters, expected: f64) -> bool {
    (actual.0 - expected).abs() < 1e-9
}

#[test]
fn metric_legs_add_up() {
    let total = total_climb(&[Meters(120.0), Meters(80.5)], &[]);
    assert!(close(total, 200.5), "got {total:?}");
}

#[test]
fn imperial_legs_are_converted_to_meters() {
    let total = total_climb(&[], &[Feet(1000.0)]);
    assert!(close(total, 304.8), "1000 ft is 304.8 m, got {total:?}");
}

#[test]
fn mixed_legs_give_meters() {
    let total = total_climb(&[Meters(100.0)], &[Feet(500.0), Feet(500.0)]);
    assert!(close(total, 404.8), "got {total:?}");
}

#[test]
fn no_legs_climb_nothing() {
    assert_eq!(total_climb(&[], &[]), Meters(0.0));
}

#[test]
fn one_foot_is_exactly_0_3048_meters() {
    assert!(close(Meters::from(Feet(1.0)), 0.3048));
    assert!(close(Meters::from(Feet(-10.0)), -3.048));
}
