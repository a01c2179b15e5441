//! # Returning references to data the function made
//!
//! A reference returned from a function must point into something the caller
//! already owns. The joined name is new text, so `display_name` hands it over
//! as owned data; a `Cow` avoids even copying the nickname.
//!
//! The mention, on the other hand, is already written in `text`: compare a
//! lowered copy of each word, but return the word itself. Elision would tie
//! the result to `&self`, so the signature names the lifetime of `text`.

use std::borrow::Cow;

pub struct Contact {
    pub first: String,
    pub last: String,
    pub nickname: Option<String>,
}

pub fn display_name(contact: &Contact) -> Cow<'_, str> {
    match &contact.nickname {
        Some(nickname) => Cow::Borrowed(nickname),
        None => Cow::Owned(format!("{} {}", contact.first, contact.last)),
    }
}

impl Contact {
    pub fn mentioned_in<'text>(&self, text: &'text str) -> Option<&'text str> {
        let wanted = self.first.to_lowercase();
        text.split_whitespace()
            .find(|word| word.to_lowercase() == wanted)
    }
}
