// variant: splits the message on the space character only
// expect: tests
use std::borrow::Cow;

pub fn display_name(contact: &Contact) -> Cow<'_, str> {
    match &contact.nickname {
        Some(nickname) => Cow::Borrowed(nickname),
        None => Cow::Owned(format!("{} {}", contact.first, contact.last)),
    }
}

pub struct Contact {
    pub first: String,
    pub last: String,
    pub nickname: Option<String>,
}

impl Contact {
    pub fn mentioned_in<'text>(&self, text: &'text str) -> Option<&'text str> {
        let wanted = self.first.to_lowercase();
        text.split(' ').find(|word| word.to_lowercase() == wanted)
    }
}
