// variant: keeps the untokenized rest itself instead of a position, and is an Iterator as well
pub struct Tokenizer<'a> {
    rest: &'a str,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl<'a> Tokenizer<'a> {
    pub fn new(input: &'a str) -> Self {
        Self { rest: input }
    }

    pub fn next_token(&mut self) -> Option<&'a str> {
        let trimmed = self.rest.trim_start();
        let mut chars = trimmed.char_indices();
        let (_, first) = chars.next()?;
        let end = if is_word_char(first) {
            chars
                .find(|&(_, c)| !is_word_char(c))
                .map_or(trimmed.len(), |(index, _)| index)
        } else {
            first.len_utf8()
        };
        let (token, rest) = trimmed.split_at(end);
        self.rest = rest;
        Some(token)
    }

    pub fn rest(&self) -> &'a str {
        self.rest
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        self.next_token()
    }
}
