// variant: keeps the index loops and only fixes their bugs
// expect: tests
/// How many readings are higher than the one just before them.
pub fn count_rises(readings: &[i32]) -> usize {
    let mut rises = 0;
    for i in 1..readings.len() {
        if readings[i] > readings[i - 1] {
            rises += 1;
        }
    }
    rises
}

/// The sum of the products of paired values. Pairs stop at the end of the
/// shorter slice.
pub fn dot(weights: &[f64], values: &[f64]) -> f64 {
    let mut total = 0.0;
    for i in 0..weights.len().min(values.len()) {
        total += weights[i] * values[i];
    }
    total
}

/// Every word of every line that has more than `min_chars` characters,
/// lower-cased, in order. Words are separated by any whitespace.
pub fn long_words(lines: &[&str], min_chars: usize) -> Vec<String> {
    let mut found = Vec::new();
    for i in 0..lines.len() {
        let words: Vec<&str> = lines[i].split_whitespace().collect();
        for j in 0..words.len() {
            if words[j].chars().count() > min_chars {
                found.push(words[j].to_lowercase());
            }
        }
    }
    found
}

/// Run-length encoding: each run of one character becomes the character and
/// its count, as in `"aaab"` -> `"a3b1"`.
pub fn run_length(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut encoded = String::new();
    let mut i = 0;
    while i < chars.len() {
        let mut run = 1;
        while i + run < chars.len() && chars[i + run] == chars[i] {
            run += 1;
        }
        encoded.push(chars[i]);
        encoded.push_str(&run.to_string());
        i += run;
    }
    encoded
}

/// A rolling checksum of the header bytes followed by the body bytes:
/// starting from 0, each byte turns `sum` into `sum * 31 + byte`, wrapping
/// around on overflow (the checksum is defined modulo 2^32).
pub fn checksum(header: &[u8], body: &[u8]) -> u32 {
    let mut sum: u32 = 0;
    for i in 0..header.len() + body.len() {
        let byte = if i < header.len() {
            header[i]
        } else {
            body[i - header.len()]
        };
        sum = sum.wrapping_mul(31).wrapping_add(byte as u32);
    }
    sum
}
