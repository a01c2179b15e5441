// variant: a set of owned words, each lowered on its own
// expect: tests
use std::collections::BTreeSet;

// PREDICT: E0716 line 28

pub fn distinct_words(text: &str) -> Vec<String> {
    let words: BTreeSet<String> = text
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.into_iter().collect()
}
