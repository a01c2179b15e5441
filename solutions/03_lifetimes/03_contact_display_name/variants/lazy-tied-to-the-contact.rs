// variant: ties the mention to the contact as well as to the message
// expect: case:mention_outlives_the_contact
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
    pub fn mentioned_in<'a>(&'a self, text: &'a str) -> Option<&'a str> {
        let wanted = self.first.to_lowercase();
        text.split_whitespace()
            .find(|word| word.to_lowercase() == wanted)
    }
}
