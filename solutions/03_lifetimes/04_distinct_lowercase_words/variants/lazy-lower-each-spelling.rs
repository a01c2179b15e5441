// variant: borrows from the text as written, then lowers each distinct spelling on its own
// expect: tests
use std::collections::BTreeSet;

// PREDICT: E0716 line 28

pub fn distinct_words(text: &str) -> Vec<String> {
    let spellings: BTreeSet<&str> = text
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .collect();
    let words: BTreeSet<String> = spellings.into_iter().map(str::to_lowercase).collect();
    words.into_iter().collect()
}
