// variant: rest takes the tokenizer by value, which is made Copy so callers still compile
// expect: keep:closed Tokenizer except Iterator Clone
#[derive(Clone, Copy)]
pub struct Tokenizer<'a> {
    input: &'a str,
    position: usize,
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

    pub fn rest(self) -> &'a str {
        &self.input[self.position..]
    }
}
