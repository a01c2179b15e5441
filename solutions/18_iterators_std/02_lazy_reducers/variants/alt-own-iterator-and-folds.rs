// variant: a hand-written iterator struct, folds that keep the first maximum and skip NaN
/// The running maximum of an inner iterator, one reading per `next`.
pub struct RunningMax<I> {
    readings: I,
    highest: Option<i32>,
}

impl<I: Iterator<Item = i32>> Iterator for RunningMax<I> {
    type Item = i32;

    fn next(&mut self) -> Option<i32> {
        let reading = self.readings.next()?;
        let highest = self.highest.map_or(reading, |highest| highest.max(reading));
        self.highest = Some(highest);
        Some(highest)
    }
}

/// For each reading, the highest reading seen so far.
pub fn running_max<I>(readings: I) -> impl Iterator<Item = i32>
where
    I: IntoIterator<Item = i32>,
{
    RunningMax {
        readings: readings.into_iter(),
        highest: None,
    }
}

/// The first of the longest whitespace-separated words, by character count.
pub fn longest_word(text: &str) -> Option<&str> {
    text.split_whitespace()
        .map(|word| (word.chars().count(), word))
        .fold(
            None,
            |best: Option<(usize, &str)>, (length, word)| match best {
                Some((best_length, _)) if best_length >= length => best,
                _ => Some((length, word)),
            },
        )
        .map(|(_, word)| word)
}

/// The lowest reading that is not NaN.
pub fn coldest(readings: &[f64]) -> Option<f64> {
    readings
        .iter()
        .copied()
        .filter(|reading| !reading.is_nan())
        .reduce(f64::min)
}
