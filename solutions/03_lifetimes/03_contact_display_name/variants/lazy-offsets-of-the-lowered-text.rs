// variant: finds the word in a lowered copy and reuses its byte offsets in the text
// expect: tests
pub struct Contact {
    pub first: String,
    pub last: String,
    pub nickname: Option<String>,
}

pub fn display_name(contact: &Contact) -> String {
    match &contact.nickname {
        Some(nickname) => nickname.clone(),
        None => format!("{} {}", contact.first, contact.last),
    }
}

impl Contact {
    pub fn mentioned_in<'t>(&self, text: &'t str) -> Option<&'t str> {
        // Lowercase the message once, then map the match back by offset.
        let lowered = text.to_lowercase();
        let wanted = self.first.to_lowercase();
        let word = lowered.split_whitespace().find(|word| *word == wanted)?;
        let start = word.as_ptr() as usize - lowered.as_ptr() as usize;
        text.get(start..start + word.len())
    }
}
