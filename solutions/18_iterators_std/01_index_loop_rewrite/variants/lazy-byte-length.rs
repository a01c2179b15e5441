// variant: measures words in bytes
// expect: tests
/// How many readings are higher than the one just before them.
pub fn count_rises(readings: &[i32]) -> usize {
    readings.windows(2).filter(|pair| pair[1] > pair[0]).count()
}

/// The sum of the products of paired values. Pairs stop at the end of the
/// shorter slice.
pub fn dot(weights: &[f64], values: &[f64]) -> f64 {
    weights.iter().zip(values).map(|(w, v)| w * v).sum()
}

/// Every word of every line that has more than `min_chars` characters,
/// lower-cased, in order. Words are separated by any whitespace.
pub fn long_words(lines: &[&str], min_chars: usize) -> Vec<String> {
    lines
        .iter()
        .flat_map(|line| line.split_whitespace())
        .filter(|word| word.len() > min_chars)
        .map(str::to_lowercase)
        .collect()
}

/// Run-length encoding: each run of one character becomes the character and
/// its count, as in `"aaab"` -> `"a3b1"`.
pub fn run_length(text: &str) -> String {
    let mut chars = text.chars().peekable();
    let mut encoded = String::new();
    while let Some(current) = chars.next() {
        let mut run = 1;
        while chars.next_if_eq(&current).is_some() {
            run += 1;
        }
        encoded.push(current);
        encoded.push_str(&run.to_string());
    }
    encoded
}

/// A rolling checksum of the header bytes followed by the body bytes:
/// starting from 0, each byte turns `sum` into `sum * 31 + byte`, wrapping
/// around on overflow (the checksum is defined modulo 2^32).
pub fn checksum(header: &[u8], body: &[u8]) -> u32 {
    header.iter().chain(body).fold(0, |sum: u32, &byte| {
        sum.wrapping_mul(31).wrapping_add(u32::from(byte))
    })
}
