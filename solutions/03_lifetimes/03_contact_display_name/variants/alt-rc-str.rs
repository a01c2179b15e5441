// variant: an `Rc<str>` name
use std::rc::Rc;

pub struct Contact {
    pub first: String,
    pub last: String,
    pub nickname: Option<String>,
}

pub fn display_name(contact: &Contact) -> Rc<str> {
    match &contact.nickname {
        Some(nickname) => Rc::from(nickname.as_str()),
        None => Rc::from(format!("{} {}", contact.first, contact.last)),
    }
}

impl Contact {
    pub fn mentioned_in<'text>(&self, text: &'text str) -> Option<&'text str> {
        let wanted = self.first.to_uppercase().to_lowercase();
        text.split_whitespace()
            .find(|word| word.to_uppercase().to_lowercase() == wanted)
    }
}
