// variant: counts bytes instead of letters
// expect: tests
pub fn letter_count(words: &[String]) -> usize {
    words.iter().map(String::len).sum()
}

pub fn summary(words: Vec<String>) -> String {
    let letters = letter_count(&words);
    format!("{} words, {} letters", words.len(), letters)
}
