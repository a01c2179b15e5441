//! # A document that indexes its own words
//!
//! The index stores byte ranges into `text` instead of `&str` slices. A range
//! is two numbers: it borrows nothing, stays right when the `Document` moves
//! or the `String` reallocates, and is turned back into a `&str` only when
//! asked, borrowing `self` for exactly as long as the caller keeps it.

use std::ops::Range;

pub struct Document {
    text: String,
    words: Vec<Range<usize>>,
}

impl Document {
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let words = word_spans(&text, 0).collect();
        Document { text, words }
    }

    /// The whole text, as given and appended.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// The word at `index` (0-based), or `None` past the end.
    pub fn word(&self, index: usize) -> Option<&str> {
        self.words.get(index).map(|span| &self.text[span.clone()])
    }

    /// Every word, in order.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|span| &self.text[span.clone()])
    }

    /// Appends a line break and then `more` to the text; its words join the index.
    pub fn append(&mut self, more: &str) {
        self.text.push('\n');
        let base = self.text.len();
        self.text.push_str(more);
        // Earlier ranges stay valid: appending never moves existing bytes
        // relative to the start of the text.
        self.words.extend(word_spans(more, base));
    }
}

/// Byte ranges of the words of `text`, shifted by `base`.
fn word_spans(text: &str, base: usize) -> impl Iterator<Item = Range<usize>> {
    text.split_whitespace().map(move |word| {
        // `word` is a sub-slice of `text`, so its offset is the distance
        // between the two start addresses.
        let start = base + (word.as_ptr() as usize - text.as_ptr() as usize);
        start..start + word.len()
    })
}
