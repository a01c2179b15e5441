// variant: a public seek lets callers put the position inside a character
// expect: keep:closed Tokenizer except Iterator Clone
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

    pub fn next_token(&mut self) -> Option<&'a str> {
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

    /// Moves to a byte offset of the input (for error recovery).
    pub fn seek(&mut self, position: usize) {
        self.position = position.min(self.input.len());
    }

    pub fn rest(&self) -> &'a str {
        &self.input[self.position..]
    }
}
