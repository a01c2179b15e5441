// variant: max_by_key, which keeps the last of equal words
// expect: tests
// PREDICT: E0597 line 25

pub fn loudest_word(words: &[&str]) -> String {
    words
        .iter()
        .map(|word| word.to_uppercase())
        .max_by_key(|shouted| shouted.chars().count())
        .unwrap_or_default()
}
