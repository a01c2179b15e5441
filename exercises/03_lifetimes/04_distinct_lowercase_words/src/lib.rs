//! # Predict: borrowing from a temporary
//!
//! `distinct_words` lists the different words of a text, for a word cloud:
//! in lower case, without the punctuation around them, each word once, in
//! sorted order. Words are separated by any whitespace, and letters and
//! punctuation come from any script (`«Émile»` is the word `émile`);
//! "Rust," and "rust" are the same word, and a bare "--" is no word at all.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered.
//!
//! Then make it compile and pass the tests, keeping the set's slices into one
//! lowered copy of the text: do not lower or copy every word on its own. A
//! test counts allocations, which must not grow with each repeated word,
//! whatever its case.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::collections::BTreeSet;

// PREDICT: E____ line __

pub fn distinct_words(text: &str) -> Vec<String> {
    // TODO: the set holds slices. Slices of what, and how long does it live?
    let words: BTreeSet<&str> = text
        .to_lowercase()
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .collect();
    words.into_iter().map(str::to_string).collect()
}
