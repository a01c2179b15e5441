// variant: replace and Option::take through `ref` patterns; the history listed by an iterator that formats each line
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
            text: text.to_owned(),
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
        self.history
            .pop()
            .map(|previous| self.text = previous)
            .is_some()
    }

    pub fn history_lines(&self) -> String {
        self.history
            .iter()
            .enumerate()
            .map(|(index, version)| format!("{index}: {version}\n"))
            .collect()
    }

    pub fn cut(&mut self) {
        self.clipboard = Some(mem::replace(&mut self.text, String::new()));
    }

    pub fn paste(&mut self) -> bool {
        let joined = match self.clipboard {
            Some(ref clip) => self.text.clone() + clip,
            None => return false,
        };
        self.set_text(joined);
        true
    }

    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
    }
}
