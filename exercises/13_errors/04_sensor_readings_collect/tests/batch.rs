// The library may not unwrap (see clippy.toml); the tests may.
#![allow(clippy::disallowed_methods)]

use support::inputs::WHITESPACE;
use support::shape::{self, Source};

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

#[test]
fn lines_of_any_whitespace_are_blank_and_still_counted() {
    // Every Unicode whitespace character but the line feed, alone on a line
    // and around a tab.
    let blank: Vec<String> = WHITESPACE
        .iter()
        .filter(|&&c| c != '\n')
        .flat_map(|&c| [c.to_string(), format!("{c}\t{c}")])
        .collect();
    let mut text = String::from("1,20\n");
    for line in &blank {
        text.push_str(line);
        text.push('\n');
    }
    let bad_line = blank.len() + 2;
    text.push_str("broken\n2,21");
    assert_eq!(
        parse_lenient(&text),
        (
            vec![reading(1, 20.0), reading(2, 21.0)],
            vec![bad(bad_line, ReadingError::MissingComma)]
        ),
        "lines of whitespace are blank: skipped, but counted"
    );
    assert_eq!(
        parse_all(&text),
        Err(bad(bad_line, ReadingError::MissingComma))
    );
    assert_eq!(
        total_celsius(&text),
        Err(bad(bad_line, ReadingError::MissingComma))
    );
    let good = text.replace("broken\n", "");
    assert_eq!(
        parse_all(&good),
        Ok(vec![reading(1, 20.0), reading(2, 21.0)])
    );
    assert_eq!(total_celsius(&good), Ok(41.0));
}

// The strict functions must let `collect` and `sum` do the work: an iterator
// of `Result`s gathered into one `Result` stops at the first error by
// itself. A hand-written loop (or a fold, or `for_each`, or an `all` or a
// `find_map` that searches for the error before a second pass) gives the
// same answers, so no behaviour test can tell; the code itself is read instead,
// parsed as Rust, so that comments and strings do not count. A loop in a
// helper that a strict function uses (called as a function, as a method of
// a trait of the file, or named as in `.map(helper)`) counts as the strict
// function's own, and a macro that could hide a loop is refused.
// `parse_lenient` may loop as it likes.

const STRICT: [&str; 2] = ["parse_all", "total_celsius"];

/// Iterator methods that are loops written by hand in all but name, and
/// the searching ones that stand in for one (an `all` whose closure pushes,
/// a `find_map(Result::err)` before a second pass that collects).
const LOOPING_METHODS: [&str; 13] = [
    "for_each",
    "try_for_each",
    "fold",
    "try_fold",
    "reduce",
    "all",
    "any",
    "find",
    "find_map",
    "try_find",
    "position",
    "rposition",
    "scan",
];

/// `strict` and every function of the file it reaches. `with_helpers` does
/// not follow a method call to a trait's provided method (`.readings()` on
/// any iterator, through a blanket impl), so every function called by name
/// as a method or a path is added too, until nothing new is reached.
fn judged<'a>(source: &'a Source, strict: &str) -> Vec<shape::Function<'a>> {
    let all = source.functions();
    let mut judged = source.with_helpers(&[source.function(strict)]);
    loop {
        let reached: Vec<shape::Function<'a>> = all
            .iter()
            .filter(|f| !judged.iter().any(|j| std::ptr::eq(j.block, f.block)))
            .filter(|f| !shape::calls(source, &judged, &f.name()).is_empty())
            .copied()
            .collect();
        if reached.is_empty() {
            return judged;
        }
        judged.extend(reached);
        judged = source.with_helpers(&judged);
    }
}

#[test]
fn the_strict_functions_collect_and_sum_without_loops() {
    let source = Source::read(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs"));
    for strict in STRICT {
        let judged = judged(&source, strict);
        source.assert_nothing_hidden(&judged);
        let mut loops = shape::loops(&source, &judged);
        for method in LOOPING_METHODS {
            loops.extend(shape::calls(&source, &judged, method));
        }
        assert!(
            loops.is_empty(),
            "`{strict}` must collect or sum its results into one `Result`, \
             but it (or a helper it uses) runs:\n{}",
            shape::list(&loops)
        );
    }
}
