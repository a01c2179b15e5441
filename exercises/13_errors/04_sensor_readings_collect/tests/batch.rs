// The library may not unwrap (see clippy.toml); the tests may.
#![allow(clippy::disallowed_methods)]

use errors_04_sensor_readings_collect::{
    LineError, Reading, ReadingError, parse_all, parse_lenient, total_celsius,
};

fn reading(sensor: u32, celsius: f64) -> Reading {
    Reading { sensor, celsius }
}

fn bad(line: usize, error: ReadingError) -> LineError {
    LineError { line, error }
}

#[test]
fn parse_all_returns_every_reading_in_order() {
    let text = "1,20.5\n\n2, -3\n  3 , 18  \n";
    assert_eq!(
        parse_all(text),
        Ok(vec![reading(1, 20.5), reading(2, -3.0), reading(3, 18.0)])
    );
}

#[test]
fn parse_all_of_nothing_is_an_empty_list() {
    assert_eq!(parse_all(""), Ok(vec![]));
    assert_eq!(parse_all("\n   \n"), Ok(vec![]));
}

#[test]
fn parse_all_stops_at_the_first_bad_line() {
    let text = "1,20\n\nx,21\n2,warm\n3,22";
    assert_eq!(
        parse_all(text),
        Err(bad(3, ReadingError::BadSensor("x".to_string()))),
        "line numbers count blank lines and start at 1"
    );
}

#[test]
fn parse_all_rejects_a_single_bad_line() {
    assert_eq!(
        parse_all("17 21.5"),
        Err(bad(1, ReadingError::MissingComma))
    );
    assert_eq!(
        parse_all("1,NaN"),
        Err(bad(1, ReadingError::BadValue("NaN".to_string())))
    );
}

#[test]
fn total_adds_up_the_temperatures() {
    assert_eq!(total_celsius("1,20.5\n2,-0.5\n"), Ok(20.0));
    assert_eq!(total_celsius(""), Ok(0.0));
}

#[test]
fn total_fails_on_the_first_bad_line() {
    assert_eq!(
        total_celsius("1,20\n2,hot\n3,x"),
        Err(bad(2, ReadingError::BadValue("hot".to_string())))
    );
}

#[test]
fn lenient_keeps_both_sides_in_order() {
    let text = "1,20\nbroken\n2,21\n\n-4,19\n3,22";
    let (readings, errors) = parse_lenient(text);
    assert_eq!(
        readings,
        vec![reading(1, 20.0), reading(2, 21.0), reading(3, 22.0)]
    );
    assert_eq!(
        errors,
        vec![
            bad(2, ReadingError::MissingComma),
            bad(5, ReadingError::BadSensor("-4".to_string())),
        ]
    );
}

#[test]
fn lenient_on_all_good_or_all_bad_input() {
    assert_eq!(
        parse_lenient("1,1\n2,2"),
        (vec![reading(1, 1.0), reading(2, 2.0)], vec![])
    );
    let (readings, errors) = parse_lenient("a\nb");
    assert!(readings.is_empty());
    assert_eq!(errors.len(), 2);
    assert_eq!(parse_lenient(""), (vec![], vec![]));
}

#[test]
fn a_large_batch_is_handled() {
    let text: String = (0..200_000)
        .map(|i| format!("{},{}.5\n", i, i % 40))
        .collect();
    let readings = parse_all(&text).expect("all lines are valid");
    assert_eq!(readings.len(), 200_000);
    assert_eq!(readings[199_999], reading(199_999, 39.5));
    let (good, errors) = parse_lenient(&text);
    assert_eq!((good.len(), errors.len()), (200_000, 0));
}

#[test]
fn a_line_error_names_the_line_and_keeps_the_reading_error_as_source() {
    use std::error::Error;
    let err = parse_all("1,20\n2,hot").expect_err("line 2 is bad");
    assert_eq!(err.to_string(), "line 2");
    let source = err.source().expect("the ReadingError is the source");
    assert_eq!(source.to_string(), "invalid temperature `hot`");
}
