//! # Predict: borrowing from a temporary
//!
//! `text.to_lowercase()` makes a `String` that nothing names: a temporary,
//! dropped at the end of the `let` statement. The set keeps slices of it, so
//! they would dangle as soon as the statement ends (E0716). Binding the
//! lowered text to a local keeps it alive until the end of the function,
//! longer than the set that borrows from it.

use std::collections::BTreeSet;

// PREDICT: E0716 line 26

pub fn distinct_words(text: &str) -> Vec<String> {
    let lowered = text.to_lowercase();
    let words: BTreeSet<&str> = lowered
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .collect();
    words.into_iter().map(str::to_string).collect()
}
