// variant: a sorted, deduplicated vector of slices instead of a set
// PREDICT: E0716 line 28

pub fn distinct_words(text: &str) -> Vec<String> {
    let lowered = text.to_lowercase();
    let mut words: Vec<&str> = lowered
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .collect();
    words.sort_unstable();
    words.dedup();
    words.into_iter().map(String::from).collect()
}
