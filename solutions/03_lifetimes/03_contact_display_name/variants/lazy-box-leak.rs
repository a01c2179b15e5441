// variant: leaks a boxed joined name to hand out a `&'static str`
// expect: rule:clippy::disallowed_methods
pub struct Contact {
    pub first: String,
    pub last: String,
    pub nickname: Option<String>,
}

pub fn display_name(contact: &Contact) -> &str {
    match &contact.nickname {
        Some(nickname) => nickname,
        None => Box::leak(format!("{} {}", contact.first, contact.last).into_boxed_str()),
    }
}

impl Contact {
    pub fn mentioned_in<'text>(&self, text: &'text str) -> Option<&'text str> {
        let wanted = self.first.to_lowercase();
        text.split_whitespace()
            .find(|word| word.to_lowercase() == wanted)
    }
}
