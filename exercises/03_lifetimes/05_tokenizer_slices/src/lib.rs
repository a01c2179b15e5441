//! # A tokenizer whose tokens outlive it
//!
//! `Tokenizer` splits source text such as `let total = price * 3;` into
//! tokens without copying: every token is a slice of the input. A token is a
//! run of letters, digits and `_` (a name or a number, in any alphabet), or
//! else one single other character such as `=` or `;`. Whitespace separates
//! tokens and is never part of one.
//!
//! The tokens are correct, but callers cannot keep them: a token stays
//! borrowed from the *tokenizer*, so the usual loop that collects tokens
//! into a `Vec` does not compile, and no token may be used once the
//! tokenizer is gone, although the text it points into is still there.
//! `rest` has the same problem.
//!
//! Task: change the signatures so that what `next_token` and `rest` return
//! is tied to the input text, not to the tokenizer. Keep returning slices of
//! the input (no `String`s) and keep the public API otherwise as it is:
//! `new` and every receiver unchanged, the fields private, and `Tokenizer`
//! not `Copy` (an `Iterator` impl may be added).
//!
//! Run `cargo run -p checker watch` and save to check your work.

pub struct Tokenizer<'a> {
    input: &'a str,
    position: usize,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl<'a> Tokenizer<'a> {
    pub fn new(input: &'a str) -> Self {
        Self { input, position: 0 }
    }

    // TODO: with nothing written, which borrow does the returned token get
    // its lifetime from? Which one should it be?
    pub fn next_token(&mut self) -> Option<&str> {
        let rest = &self.input[self.position..];
        let start = self.position + (rest.len() - rest.trim_start().len());
        let tail = &self.input[start..];
        let first = tail.chars().next()?;
        let length = if is_word_char(first) {
            tail.find(|c: char| !is_word_char(c)).unwrap_or(tail.len())
        } else {
            first.len_utf8()
        };
        self.position = start + length;
        Some(&tail[..length])
    }

    // TODO: the same question for the text not tokenized yet.
    pub fn rest(&self) -> &str {
        &self.input[self.position..]
    }
}
