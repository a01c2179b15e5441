// variant: skips ASCII punctuation when counting letters
// expect: tests
//! # Moves: who owns the list?
//!
//! `summary` reports how many words a list holds and how many letters they
//! have in total (every `char` counts as a letter, digits included). It does
//! not compile: the list is handed to `letter_count` and then used again.
//!
//! Task: make it compile without copying the list (a test counts the
//! allocations). `letter_count` only needs to read the words, so it should
//! borrow them; a caller must be able to write `letter_count(&words)` and
//! keep using `words` afterwards.
//!
//! Run `cargo run -p checker verify moves` to check your work.

pub fn letter_count(words: &[String]) -> usize {
    // Letters and digits count; punctuation such as quotes or hyphens is not a letter.
    words
        .iter()
        .map(|word| word.chars().filter(|c| !c.is_ascii_punctuation()).count())
        .sum()
}

pub fn summary(words: Vec<String>) -> String {
    let letters = letter_count(&words);
    format!("{} words, {} letters", words.len(), letters)
}
