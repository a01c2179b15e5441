// variant: measures words in bytes
// expect: tests
/// For each reading, the highest reading seen so far.
pub fn running_max<I>(readings: I) -> impl Iterator<Item = i32>
where
    I: IntoIterator<Item = i32>,
{
    readings.into_iter().scan(i32::MIN, |highest, reading| {
        *highest = (*highest).max(reading);
        Some(*highest)
    })
}

/// The first of the longest whitespace-separated words, by character count.
pub fn longest_word(text: &str) -> Option<&str> {
    // `rev` turns "last of the maxima" into "first of the maxima".
    text.split_whitespace().rev().max_by_key(|word| word.len())
}

/// The lowest reading that is not NaN.
pub fn coldest(readings: &[f64]) -> Option<f64> {
    readings
        .iter()
        .copied()
        .filter(|reading| !reading.is_nan())
        .min_by(f64::total_cmp)
}
