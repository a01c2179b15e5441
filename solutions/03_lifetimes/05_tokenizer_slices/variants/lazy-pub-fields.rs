// variant: the fields are public, so a caller can set the position inside a character
// expect: keep:closed Tokenizer except Iterator Clone
pub struct Tokenizer<'a> {
    pub input: &'a str,
    pub position: usize,
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

    pub fn rest(&self) -> &'a str {
        &self.input[self.position..]
    }
}
