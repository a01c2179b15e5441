// variant: constant indexes into windows, a run counted by from_fn, bytes folded per slice
/// How many readings are higher than the one just before them.
pub fn count_rises(readings: &[i32]) -> usize {
    readings.windows(2).filter(|pair| pair[0] < pair[1]).count()
}

/// The sum of the products of paired values. Pairs stop at the end of the
/// shorter slice.
pub fn dot(weights: &[f64], values: &[f64]) -> f64 {
    std::iter::zip(weights, values).map(|(w, v)| w * v).sum()
}

/// Every word of every line that has more than `min_chars` characters,
/// lower-cased, in order. Words are separated by any whitespace.
pub fn long_words(lines: &[&str], min_chars: usize) -> Vec<String> {
    lines
        .iter()
        .copied()
        .flat_map(str::split_whitespace)
        .filter_map(|word| (word.chars().count() > min_chars).then(|| word.to_lowercase()))
        .collect()
}

/// Run-length encoding: each run of one character becomes the character and
/// its count, as in `"aaab"` -> `"a3b1"`.
pub fn run_length(text: &str) -> String {
    let mut chars = text.chars().peekable();
    std::iter::from_fn(|| {
        let current = chars.next()?;
        let run = 1 + std::iter::from_fn(|| chars.next_if_eq(&current)).count();
        Some(format!("{current}{run}"))
    })
    .collect()
}

/// A rolling checksum of the header bytes followed by the body bytes:
/// starting from 0, each byte turns `sum` into `sum * 31 + byte`, wrapping
/// around on overflow (the checksum is defined modulo 2^32).
pub fn checksum(header: &[u8], body: &[u8]) -> u32 {
    [header, body]
        .into_iter()
        .flatten()
        .fold(0_u32, |sum, &byte| {
            sum.wrapping_mul(31).wrapping_add(byte.into())
        })
}
