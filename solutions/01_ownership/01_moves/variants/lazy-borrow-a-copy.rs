// variant: borrows, but lends a copy of the list
// expect: tests
pub fn letter_count(words: &[String]) -> usize {
    words.iter().map(|word| word.chars().count()).sum()
}

pub fn summary(words: Vec<String>) -> String {
    let letters = letter_count(&words.to_vec());
    format!("{} words, {} letters", words.len(), letters)
}
