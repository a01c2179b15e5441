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

// TODO: `letter_count` only reads the words. Change what it takes.
pub fn letter_count(words: Vec<String>) -> usize {
    words.iter().map(|word| word.chars().count()).sum()
}

pub fn summary(words: Vec<String>) -> String {
    // TODO: keep `words` usable after this call.
    let letters = letter_count(words);
    format!("{} words, {} letters", words.len(), letters)
}
