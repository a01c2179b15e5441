//! # Text statistics: take `&str`, not `&String`
//!
//! None of the helpers grows or keeps the text, so they take `&str`: string
//! literals are `&'static str`, slices are `&str`, and a `&String` turns into
//! a `&str` by deref coercion. `first_word` returns part of its input, a
//! `&str` borrowed from it; `shout` builds new text, so it returns a
//! `String`.

pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

pub fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("")
}

pub fn shout(text: &str) -> String {
    let mut loud = text.to_uppercase();
    loud.push('!');
    loud
}
