// variant: pairs by zip and skip, patterns on windows, plain loops over iterators
/// How many readings are higher than the one just before them.
pub fn count_rises(readings: &[i32]) -> usize {
    readings
        .iter()
        .zip(readings.iter().skip(1))
        .filter(|(before, after)| after > before)
        .count()
}

/// The sum of the products of paired values. Pairs stop at the end of the
/// shorter slice.
pub fn dot(weights: &[f64], values: &[f64]) -> f64 {
    let mut total = 0.0;
    for (weight, value) in weights.iter().zip(values) {
        total += weight * value;
    }
    total
}

/// Every word of every line that has more than `min_chars` characters,
/// lower-cased, in order. Words are separated by any whitespace.
pub fn long_words(lines: &[&str], min_chars: usize) -> Vec<String> {
    let mut found = Vec::new();
    for line in lines {
        for word in line.split(char::is_whitespace) {
            if word.chars().nth(min_chars).is_some() {
                found.push(word.to_lowercase());
            }
        }
    }
    found
}

/// Run-length encoding: each run of one character becomes the character and
/// its count, as in `"aaab"` -> `"a3b1"`.
pub fn run_length(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunk_by(|a, b| a == b)
        .filter_map(|run| match run {
            [first, ..] => Some(format!("{first}{}", run.len())),
            [] => None,
        })
        .collect()
}

/// A rolling checksum of the header bytes followed by the body bytes:
/// starting from 0, each byte turns `sum` into `sum * 31 + byte`, wrapping
/// around on overflow (the checksum is defined modulo 2^32).
pub fn checksum(header: &[u8], body: &[u8]) -> u32 {
    let mut sum = std::num::Wrapping(0_u32);
    for &byte in header.iter().chain(body) {
        sum = sum * std::num::Wrapping(31) + std::num::Wrapping(u32::from(byte));
    }
    sum.0
}
