// variant: keeps taking the vector and hands it a clone
// expect: tests, case:borrows_the_list
pub fn letter_count(words: Vec<String>) -> usize {
    words.iter().map(|word| word.chars().count()).sum()
}

pub fn summary(words: Vec<String>) -> String {
    let letters = letter_count(words.clone());
    format!("{} words, {} letters", words.len(), letters)
}
