// variant: peeks at the next reading, so it reads one ahead of its caller
// expect: tests
/// For each reading, the highest reading seen so far.
pub fn running_max<I>(readings: I) -> impl Iterator<Item = i32>
where
    I: IntoIterator<Item = i32>,
{
    let mut readings = readings.into_iter().peekable();
    let mut highest = i32::MIN;
    std::iter::from_fn(move || {
        let reading = readings.next()?;
        highest = highest.max(reading);
        // Looks ahead "to be ready", which pulls a reading nobody asked for.
        let _ = readings.peek();
        Some(highest)
    })
}
/// The first of the longest whitespace-separated words, by character count.
pub fn longest_word(text: &str) -> Option<&str> {
    // `rev` turns "last of the maxima" into "first of the maxima".
    text.split_whitespace()
        .rev()
        .max_by_key(|word| word.chars().count())
}

/// The lowest reading that is not NaN.
pub fn coldest(readings: &[f64]) -> Option<f64> {
    readings
        .iter()
        .copied()
        .filter(|reading| !reading.is_nan())
        .min_by(f64::total_cmp)
}
