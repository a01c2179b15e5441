//! # Lazy adapters and the reducers that end a chain
//!
//! A weather station's helpers, all compiling, all subtly wrong:
//!
//! - `running_max` should yield, for each reading, the highest reading so
//!   far. It is fed from a sensor that never stops, and callers take only
//!   what they need (`running_max(sensor).take(10)`), yet it tries to read
//!   the whole sensor before yielding anything.
//! - `longest_word` should return the first of the longest words, measured
//!   in characters.
//! - `coldest` should return the lowest reading, ignoring NaN (a sensor
//!   glitch), and `None` when there is no real reading.
//!
//! Task: fix all three. `running_max` must pull a reading from its input only
//! when its caller asks for the next value. Keep the signatures.
//!
//! Run `cargo run -p checker watch` and save to check your work.

/// For each reading, the highest reading seen so far.
pub fn running_max<I>(readings: I) -> impl Iterator<Item = i32>
where
    I: IntoIterator<Item = i32>,
{
    // TODO: this reads everything before the caller sees a single value.
    let mut highest = i32::MIN;
    let mut maxima = Vec::new();
    for reading in readings {
        highest = highest.max(reading);
        maxima.push(highest);
    }
    maxima.into_iter()
}

/// The first of the longest whitespace-separated words, by character count.
pub fn longest_word(text: &str) -> Option<&str> {
    // TODO: what do `len` and `max_by_key` do with "é" and with ties?
    text.split_whitespace().max_by_key(|word| word.len())
}

/// The lowest reading that is not NaN.
pub fn coldest(readings: &[f64]) -> Option<f64> {
    // TODO: what does this return for an empty list?
    Some(readings.iter().copied().fold(f64::INFINITY, f64::min))
}
