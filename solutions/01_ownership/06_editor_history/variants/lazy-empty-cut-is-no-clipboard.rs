// variant: paste treats a clipboard holding an empty text as empty
// expect: tests
use std::fmt::Write;
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
            writeln!(lines, "{index}: {version}").unwrap();
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
    /// nothing, when the clipboard is empty.
    pub fn paste(&mut self) -> bool {
        let clip = match self.clipboard.as_deref() {
            Some(clip) if !clip.is_empty() => clip,
            _ => return false,
        };
        let mut joined = String::with_capacity(self.text.len() + clip.len());
        joined.push_str(&self.text);
        joined.push_str(clip);
        self.set_text(joined);
        true
    }

    /// Empties the clipboard and hands its content to the caller.
    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
    }
}
