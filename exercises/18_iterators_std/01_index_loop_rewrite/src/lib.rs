//! # From index loops to iterator chains
//!
//! These helpers come from a port of C code: every loop walks an index by
//! hand. Each one has a bug that the index made easy to write (an
//! underflow, an out-of-bounds read, a byte taken for a character, an empty
//! word counted as a word), and the checksum also overflows where it should
//! wrap around.
//!
//! Task: rewrite each body with iterators, so that no position is left to
//! get wrong, and make every test pass. No index variable or range of
//! positions (`for i in 0..v.len()`), no `v[i]`, and no lookup by a computed
//! position (`get(i)`, `nth(i)`); a constant one, such as `pair[0]` in a
//! window of two, is fine. A test reads this file and points at any that
//! remain, and refuses what would hide code from it (a macro of your own,
//! a renamed import, a type alias). The slice and iterator adapters
//! (`windows`, `zip`, `chain`, `flat_map`, `filter`, `map`, `fold`,
//! `peekable`, `sum`, `count`...) say what the loop means, and they cannot
//! read out of bounds; most bodies become a single chain. Keep the
//! signatures.
//!
//! Run `cargo run -p checker watch` and save to check your work.

/// How many readings are higher than the one just before them.
pub fn count_rises(readings: &[i32]) -> usize {
    // TODO: each reading is compared with its neighbour.
    let mut rises = 0;
    for i in 0..readings.len() - 1 {
        if readings[i + 1] > readings[i] {
            rises += 1;
        }
    }
    rises
}

/// The sum of the products of paired values. Pairs stop at the end of the
/// shorter slice.
pub fn dot(weights: &[f64], values: &[f64]) -> f64 {
    // TODO: the two slices are walked side by side.
    let mut total = 0.0;
    for i in 0..weights.len() {
        total += weights[i] * values[i];
    }
    total
}

/// Every word of every line that has more than `min_chars` characters,
/// lower-cased, in order. Words are separated by any whitespace.
pub fn long_words(lines: &[&str], min_chars: usize) -> Vec<String> {
    // TODO: one line gives many words; keep some, transform them.
    let mut found = Vec::new();
    for i in 0..lines.len() {
        let words: Vec<&str> = lines[i].split(' ').collect();
        for j in 0..words.len() {
            if words[j].len() > min_chars {
                found.push(words[j].to_lowercase());
            }
        }
    }
    found
}

/// Run-length encoding: each run of one character becomes the character and
/// its count, as in `"aaab"` -> `"a3b1"`.
pub fn run_length(text: &str) -> String {
    // TODO: look at the next character without taking it.
    let bytes = text.as_bytes();
    let mut encoded = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let mut run = 1;
        while i + run < bytes.len() && bytes[i + run] == bytes[i] {
            run += 1;
        }
        encoded.push(bytes[i] as char);
        encoded.push_str(&run.to_string());
        i += run;
    }
    encoded
}

/// A rolling checksum of the header bytes followed by the body bytes:
/// starting from 0, each byte turns `sum` into `sum * 31 + byte`, wrapping
/// around on overflow (the checksum is defined modulo 2^32).
pub fn checksum(header: &[u8], body: &[u8]) -> u32 {
    // TODO: two sequences read as one, and a running value carried along.
    let mut sum: u32 = 0;
    for i in 0..header.len() + body.len() {
        let byte = if i < header.len() {
            header[i]
        } else {
            body[i - header.len() - 1]
        };
        sum = sum * 31 + byte as u32;
    }
    sum
}
