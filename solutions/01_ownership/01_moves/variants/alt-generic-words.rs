// variant: a slice of anything that reads as text, counted in a loop
pub fn letter_count<S: AsRef<str>>(words: &[S]) -> usize {
    let mut letters = 0;
    for word in words {
        letters += word.as_ref().chars().count();
    }
    letters
}

pub fn summary(words: Vec<String>) -> String {
    let count = words.len();
    let letters = letter_count(&words);
    format!("{count} words, {letters} letters")
}
