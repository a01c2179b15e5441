// variant: keeps the remaining slice (no position field, no Iterator impl) and walks it with char_indices
pub struct Tokenizer<'a> {
    remaining: &'a str,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl<'a> Tokenizer<'a> {
    pub fn new(input: &'a str) -> Self {
        Self { remaining: input }
    }

    pub fn next_token(&mut self) -> Option<&'a str> {
        let text: &'a str = self.remaining;
        let (start, first) = text.char_indices().find(|&(_, c)| !c.is_whitespace())?;
        let end = if is_word_char(first) {
            text[start..]
                .char_indices()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(text.len(), |(i, _)| start + i)
        } else {
            start + first.len_utf8()
        };
        let (token, rest) = (&text[start..end], &text[end..]);
        self.remaining = rest;
        Some(token)
    }

    pub fn rest(&self) -> &'a str {
        self.remaining
    }
}
