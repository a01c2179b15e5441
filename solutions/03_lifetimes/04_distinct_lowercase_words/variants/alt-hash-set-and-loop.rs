// variant: a hash set filled in a loop over char-predicate splits, sorted at the end
use std::collections::HashSet;

// PREDICT: E0716 line 28

pub fn distinct_words(text: &str) -> Vec<String> {
    let lowered = text.to_lowercase();
    let mut seen = HashSet::new();
    for word in lowered.split(char::is_whitespace) {
        let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !word.is_empty() {
            seen.insert(word);
        }
    }
    let mut words: Vec<String> = seen.into_iter().map(str::to_owned).collect();
    words.sort();
    words
}
