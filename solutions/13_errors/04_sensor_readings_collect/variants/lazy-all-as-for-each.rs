// variant: an all whose closure pushes and records the error, a for_each in disguise
// expect: tests
//! # Many results: collect, sum, partition
//!
//! A greenhouse controller receives batches of temperature readings, one per
//! line: `sensor_id,celsius`, for example `17,21.5`. Blank lines are skipped
//! and lines are numbered from 1 as they appear in the text, blank ones
//! included. `parse_reading` (correct) handles one line.
//!
//! Three batch functions are wrong about errors:
//! - `parse_all` is strict: it must return every reading, or the first bad
//!   line with its number. It drops bad lines silently instead.
//! - `total_celsius` is strict too, but counts a bad line as 0 °C.
//! - `parse_lenient` keeps every good reading and every bad line, in order.
//!   It is not written yet.
//!
//! Task: fix and write them. An iterator of `Result`s can be collected or
//! summed into a single `Result` that stops at the first error; use that in
//! the strict functions, with no loop of your own (no `for`, `while`, `loop`,
//! `for_each` or `fold`, there or in a helper they call, a method of your
//! own trait included; the file is read for them, so no macro may hide one).
//! Keep the signatures. Keep both sides of each result: no `unwrap`,
//! `expect`, `panic!` or `unreachable!` (the checker holds you to both).
//!
//! Run `cargo run -p checker watch` and save to check your work.

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub sensor: u32,
    pub celsius: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadingError {
    /// No comma in the line.
    #[error("expected `sensor_id,celsius`")]
    MissingComma,
    /// The sensor id is not a `u32`; holds the text.
    #[error("invalid sensor id `{0}`")]
    BadSensor(String),
    /// The temperature is not a finite number; holds the text.
    #[error("invalid temperature `{0}`")]
    BadValue(String),
}

/// A bad line and its number (from 1); the `ReadingError` is its source.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}")]
pub struct LineError {
    pub line: usize,
    #[source]
    pub error: ReadingError,
}

pub fn parse_reading(line: &str) -> Result<Reading, ReadingError> {
    let (sensor, value) = line.split_once(',').ok_or(ReadingError::MissingComma)?;
    let sensor = sensor.trim();
    let value = value.trim();
    let sensor = sensor
        .parse::<u32>()
        .map_err(|_| ReadingError::BadSensor(sensor.to_string()))?;
    let celsius = value
        .parse::<f64>()
        .ok()
        .filter(|celsius| celsius.is_finite())
        .ok_or_else(|| ReadingError::BadValue(value.to_string()))?;
    Ok(Reading { sensor, celsius })
}

/// Each non-blank line, parsed, with its number.
fn numbered(text: &str) -> impl Iterator<Item = Result<Reading, LineError>> + '_ {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            parse_reading(line).map_err(|error| LineError {
                line: index + 1,
                error,
            })
        })
}

/// Every reading, or the first bad line.
pub fn parse_all(text: &str) -> Result<Vec<Reading>, LineError> {
    let mut readings = Vec::new();
    let mut first_error = None;
    let _all_good = numbered(text).all(|result| match result {
        Ok(reading) => {
            readings.push(reading);
            true
        }
        Err(error) => {
            first_error = Some(error);
            false
        }
    });
    match first_error {
        Some(error) => Err(error),
        None => Ok(readings),
    }
}

/// The sum of all temperatures, or the first bad line.
pub fn total_celsius(text: &str) -> Result<f64, LineError> {
    let mut total = 0.0;
    let mut first_error = None;
    let _all_good = numbered(text).all(|result| match result {
        Ok(reading) => {
            total += reading.celsius;
            true
        }
        Err(error) => {
            first_error = Some(error);
            false
        }
    });
    first_error.map_or(Ok(total), Err)
}

/// Every good reading and every bad line, each in the order of the text.
pub fn parse_lenient(text: &str) -> (Vec<Reading>, Vec<LineError>) {
    let mut readings = Vec::new();
    let mut errors = Vec::new();
    for result in numbered(text) {
        match result {
            Ok(reading) => readings.push(reading),
            Err(error) => errors.push(error),
        }
    }
    (readings, errors)
}
