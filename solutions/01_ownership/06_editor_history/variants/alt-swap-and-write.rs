// variant: mem::take and mem::swap, `if let` on a borrowed clipboard, and writeln! into one buffer
use std::fmt::Write;
use std::mem;

#[derive(Debug, Default)]
pub struct Editor {
    text: String,
    history: Vec<String>,
    clipboard: Option<String>,
}

impl Editor {
    pub fn new(text: &str) -> Self {
        Self {
            text: String::from(text),
            ..Self::default()
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn set_text(&mut self, mut new_text: String) {
        mem::swap(&mut self.text, &mut new_text);
        self.history.push(new_text);
    }

    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.history.pop() else {
            return false;
        };
        self.text = previous;
        true
    }

    pub fn history_lines(&self) -> String {
        let mut lines = String::new();
        for (index, version) in self.history.iter().enumerate() {
            let _ = writeln!(lines, "{index}: {version}");
        }
        lines
    }

    pub fn cut(&mut self) {
        let text = mem::take(&mut self.text);
        self.clipboard = Some(text);
    }

    pub fn paste(&mut self) -> bool {
        if let Some(clip) = &self.clipboard {
            let mut joined = String::with_capacity(self.text.len() + clip.len());
            joined.push_str(&self.text);
            joined.push_str(clip);
            self.set_text(joined);
            true
        } else {
            false
        }
    }

    pub fn take_clipboard(&mut self) -> Option<String> {
        mem::replace(&mut self.clipboard, None)
    }
}
