// variant: borrows the vector itself rather than a slice
#[allow(clippy::ptr_arg)]
pub fn letter_count(words: &Vec<String>) -> usize {
    words.iter().map(|word| word.chars().count()).sum()
}

pub fn summary(words: Vec<String>) -> String {
    let letters = letter_count(&words);
    format!("{} words, {} letters", words.len(), letters)
}
