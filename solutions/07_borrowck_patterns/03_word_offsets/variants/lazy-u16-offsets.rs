// variant: stores word offsets as u16, which wrap past 64 KiB of text
// expect: tests
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

/// Where a word sits in the text: start and end byte, kept small.
#[derive(Clone, Copy)]
struct Span {
    start: u16,
    end: u16,
}

pub struct Document {
    text: String,
    words: Vec<Span>,
}

fn index(text: &str) -> Vec<Span> {
    let base = text.as_ptr() as usize;
    text.split_whitespace()
        .map(|word| {
            let start = word.as_ptr() as usize - base;
            Span {
                start: start as u16,
                end: (start + word.len()) as u16,
            }
        })
        .collect()
}

impl Document {
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let words = index(&text);
        Document { text, words }
    }

    /// The whole text, as given and appended.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    fn slice(&self, span: Span) -> &str {
        &self.text[usize::from(span.start)..usize::from(span.end)]
    }

    /// The word at `index` (0-based), or `None` past the end.
    pub fn word(&self, index: usize) -> Option<&str> {
        self.words.get(index).map(|&span| self.slice(span))
    }

    /// Every word, in order.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|&span| self.slice(span))
    }

    /// Appends a line break and then `more` to the text; its words join the index.
    pub fn append(&mut self, more: &str) {
        self.text.push('\n');
        self.text.push_str(more);
        self.words = index(&self.text);
    }
}
