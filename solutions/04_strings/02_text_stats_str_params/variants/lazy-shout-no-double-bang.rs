// variant: shout trims the end and adds no second bang
// expect: tests
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
    text.split_whitespace().count()
}

pub fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("")
}

pub fn shout(text: &str) -> String {
    let mut loud = text.trim_end().to_uppercase();
    // Already shouting: do not add a second "!".
    if !loud.ends_with('!') {
        loud.push('!');
    }
    loud
}
