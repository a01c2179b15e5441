// variant: reads one at a time at first, then in growing batches
// expect: tests
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
    // Reads in growing batches (1, 1, 1, 2, 4, 8...) to amortise the sensor.
    let mut input = readings.into_iter();
    let mut buffer = std::collections::VecDeque::new();
    let mut served = 0usize;
    let mut highest = i32::MIN;
    std::iter::from_fn(move || {
        if buffer.is_empty() {
            let batch = if served < 3 {
                1
            } else {
                1 << (served - 2).min(10)
            };
            buffer.extend(input.by_ref().take(batch));
        }
        let reading = buffer.pop_front()?;
        served += 1;
        highest = highest.max(reading);
        Some(highest)
    })
}

/// The first of the longest whitespace-separated words, by character count.
pub fn longest_word(text: &str) -> Option<&str> {
    text.split_whitespace()
        .rev()
        .max_by_key(|word| word.chars().count())
}

/// The lowest reading that is not NaN.
pub fn coldest(readings: &[f64]) -> Option<f64> {
    readings
        .iter()
        .copied()
        .filter(|r| !r.is_nan())
        .min_by(f64::total_cmp)
}
