//! # Moving out from behind a reference
//!
//! `Editor` holds a text, the earlier versions of it for undo, and a
//! clipboard. Every method only borrows the editor (`&self` or `&mut self`),
//! yet several of them try to move a `String` out of a field, or out of the
//! history vector, as if they owned it. rustc refuses each one.
//!
//! Make it compile and pass the tests. Constraints:
//! - no text is cloned: versions only move between the text, the history
//!   and the clipboard (the tests check that `undo` and
//!   `take_clipboard` give back the very buffers that were put away, that
//!   `paste` allocates nothing but the joined text, and that
//!   `history_lines` copies no version);
//! - `paste` can be used any number of times: it does not empty the
//!   clipboard;
//! - keep the public API.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! Through `&mut self` a method may change the fields but not leave one
//! empty: if it moved `self.text` out and then panicked, the owner would
//! later drop a `String` that is gone (E0507). `mem::replace` and
//! `mem::take` swap a valid value in as they take the old one out, and
//! `Option::take` does the same for options. `paste` and `history_lines`
//! only need to see a `String`, so they borrow it (`as_deref`, `iter`).

use std::mem;

#[derive(Debug, Default)]
pub struct Editor {
    text: String,
    /// Earlier versions of `text`, oldest first.
    history: Vec<String>,
    clipboard: Option<String>,
}

impl Editor {
    pub fn new(text: &str) -> Self {
        Self {
            text: text.to_string(),
            ..Self::default()
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Replaces the text; the old version goes to the history.
    pub fn set_text(&mut self, new_text: String) {
        let old = mem::replace(&mut self.text, new_text);
        self.history.push(old);
    }

    /// Brings back the previous version. Returns false when there is none.
    pub fn undo(&mut self) -> bool {
        match self.history.pop() {
            Some(previous) => {
                self.text = previous;
                true
            }
            None => false,
        }
    }

    /// The earlier versions, oldest first, one per line: `0: first\n...`.
    pub fn history_lines(&self) -> String {
        let mut lines = String::new();
        for (index, version) in self.history.iter().enumerate() {
            lines.push_str(&format!("{index}: {version}\n"));
        }
        lines
    }

    /// Moves the whole text to the clipboard and leaves the text empty.
    /// Cutting is not recorded in the history.
    pub fn cut(&mut self) {
        self.clipboard = Some(mem::take(&mut self.text));
    }

    /// Appends the clipboard to the text, recording the old version in the
    /// history. The clipboard keeps its content. Returns false, and changes
    /// nothing, when the clipboard is empty (holds no text at all, as after
    /// `take_clipboard`); a cut empty text is pasted like any other.
    pub fn paste(&mut self) -> bool {
        match self.clipboard.as_deref() {
            Some(clip) => {
                let joined = format!("{}{clip}", self.text);
                self.set_text(joined);
                true
            }
            None => false,
        }
    }

    /// Empties the clipboard and hands its content to the caller.
    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
    }
}
