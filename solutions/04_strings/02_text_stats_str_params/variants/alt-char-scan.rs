// variant: finds the first word by walking the characters, shout takes owned-or-borrowed text

//! # Text statistics: take `&str`, not `&String`
//!
//! Three helpers for a text editor's status bar. They work, but only on a
//! `&String`: a caller holding a string literal, a slice of a larger text or
//! a line from `str::lines` has to allocate a `String` first, just to call
//! them.
//!
//! - `word_count`: the number of words, separated by any whitespace.
//! - `first_word`: the first word, as a slice of the text ("" if none).
//! - `shout`: the text in upper case, followed by "!".
//!
//! Task: change the parameters so that every one of those callers can pass
//! what it has, without making a copy of it first. `word_count` and
//! `first_word` only read the text, so they must not allocate either (a
//! test counts heap allocations); `shout` builds new text anyway, so how it
//! takes its argument is up to you. Keep what each function returns.
//!
//! Run `cargo run -p checker watch` and save to check your work.

pub fn word_count(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for c in text.chars() {
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            count += 1;
        }
    }
    count
}

pub fn first_word(text: &str) -> &str {
    let rest = text.trim_start();
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    &rest[..end]
}

pub fn shout(text: impl Into<String>) -> String {
    let mut loud = text.into().to_uppercase();
    loud.push('!');
    loud
}
