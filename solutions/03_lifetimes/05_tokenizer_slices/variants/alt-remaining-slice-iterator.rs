// variant: keeps the rest as a slice named 'src and is an Iterator
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
//! the input (no `String`s) and keep the public API otherwise as it is.
//!
//! Run `cargo run -p checker watch` and save to check your work.
pub struct Tokenizer<'src> {
    remaining: &'src str,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl<'src> Tokenizer<'src> {
    pub fn new(input: &'src str) -> Self {
        Self { remaining: input }
    }

    pub fn next_token(&mut self) -> Option<&'src str> {
        let text: &'src str = self.remaining;
        let (start, first) = text.char_indices().find(|&(_, c)| !c.is_whitespace())?;
        let end = if is_word_char(first) {
            text[start..]
                .char_indices()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(text.len(), |(i, _)| start + i)
        } else {
            start + first.len_utf8()
        };
        let (token, rest) = (&text[start..end], &text[end..]);
        self.remaining = rest;
        Some(token)
    }

    pub fn rest(&self) -> &'src str {
        self.remaining
    }
}

impl<'src> Iterator for Tokenizer<'src> {
    type Item = &'src str;

    fn next(&mut self) -> Option<&'src str> {
        self.next_token()
    }
}
