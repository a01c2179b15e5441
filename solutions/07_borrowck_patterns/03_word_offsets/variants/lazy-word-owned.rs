// variant: returns each word as a new String
// expect: keep:signatures, E0308
//! # A document that indexes its own words
//!
//! A search tool loads a text once and then asks for its words many times:
//! how many there are, the n-th one, all of them in order. So `Document`
//! owns its text and keeps an index of the words it contains. More text can
//! be appended later, and the index must stay right.
//!
//! The first attempt stores `&str` slices into its own `text` field next to
//! that field. rustc rejects the constructor, and no lifetime annotation will
//! save it: a lifetime names something outside the struct, and there is no
//! way to say "borrows my sibling field". For good reason: a reference to a
//! field would dangle as soon as the struct moves (returned, pushed into a
//! `Vec`), and these slices, which point into the `String`'s heap buffer,
//! would dangle as soon as `append` grows the `String` into a new buffer.
//!
//! Task: keep the public methods and their behaviour, and change what the
//! index stores so that `Document` owns everything, has no lifetime
//! parameter, and can be moved freely, even to another thread, without
//! leaking memory (`Box::leak` would "work" by never freeing any text; a test
//! counts the bytes a dropped document gives back) and without `unsafe` code
//! (a rule of this exercise). A word is a maximal run of non-whitespace
//! characters (as `str::split_whitespace`).
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
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
    pub fn word(&self, index: usize) -> Option<String> {
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
