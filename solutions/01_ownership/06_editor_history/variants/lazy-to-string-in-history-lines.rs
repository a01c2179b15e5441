// variant: copies every version with to_string while listing them
// expect: tests
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
            text: text.to_string(),
            ..Self::default()
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn set_text(&mut self, new_text: String) {
        let old = mem::replace(&mut self.text, new_text);
        self.history.push(old);
    }

    pub fn undo(&mut self) -> bool {
        match self.history.pop() {
            Some(previous) => {
                self.text = previous;
                true
            }
            None => false,
        }
    }

    pub fn history_lines(&self) -> String {
        let mut lines = String::new();
        let versions: Vec<String> = self.history.iter().map(|v| v.to_string()).collect();
        for (index, version) in versions.into_iter().enumerate() {
            lines.push_str(&format!("{index}: {version}\n"));
        }
        lines
    }

    pub fn cut(&mut self) {
        self.clipboard = Some(mem::take(&mut self.text));
    }

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

    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
    }
}
