// variant: lowers ASCII letters only
// expect: tests
use std::collections::BTreeSet;

// PREDICT: E0716 line 28

pub fn distinct_words(text: &str) -> Vec<String> {
    let lowered = text.to_ascii_lowercase();
    let words: BTreeSet<&str> = lowered
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .collect();
    words.into_iter().map(str::to_string).collect()
}
