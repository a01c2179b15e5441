// variant: a lookup by a closure position named like the parameter, over an endless (1..)
// expect: tests

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
    let data = readings;
    // walk positions 1, 2, ... until the lookup runs off the end
    (1..)
        .map_while(|readings: usize| Some((data.get(readings - 1)?, data.get(readings)?)))
        .filter(|(before, after)| after > before)
        .count()
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
        .filter(|word| word.chars().count() > min_chars)
        .map(str::to_lowercase)
        .collect()
}

/// Run-length encoding: each run of one character becomes the character and
/// its count, as in `"aaab"` -> `"a3b1"`.
pub fn run_length(text: &str) -> String {
    let mut chars = text.chars().peekable();
    let mut encoded = String::new();
    while let Some(c) = chars.next() {
        let mut run = 1;
        while chars.next_if_eq(&c).is_some() {
            run += 1;
        }
        encoded.push(c);
        encoded.push_str(&run.to_string());
    }
    encoded
}

/// A rolling checksum of the header bytes followed by the body bytes:
/// starting from 0, each byte turns `sum` into `sum * 31 + byte`, wrapping
/// around on overflow (the checksum is defined modulo 2^32).
pub fn checksum(header: &[u8], body: &[u8]) -> u32 {
    header.iter().chain(body).fold(0u32, |sum, &byte| {
        sum.wrapping_mul(31).wrapping_add(u32::from(byte))
    })
}
