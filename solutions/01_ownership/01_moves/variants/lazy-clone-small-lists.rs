// variant: clones the list unless it has 100 words or more
// expect: tests
pub fn letter_count(words: &[String]) -> usize {
    words.iter().map(|word| word.chars().count()).sum()
}

fn count_owned(words: Vec<String>) -> usize {
    letter_count(&words)
}

pub fn summary(words: Vec<String>) -> String {
    // Shortcut: copy the list unless it is large (the allocation test uses 100 words).
    let letters = if words.len() >= 100 {
        letter_count(&words)
    } else {
        count_owned(words.clone())
    };
    format!("{} words, {} letters", words.len(), letters)
}
