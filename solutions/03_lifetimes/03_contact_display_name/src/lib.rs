//! # Returning references to data the function made
//!
//! A reference returned from a function must point into something the caller
//! already owns. The joined name is new text, so `display_name` hands it over
//! as owned data; a `Cow` avoids even copying the nickname. The keyword, on
//! the other hand, is already written in `text`: compare a lowered copy of
//! each word, but return the word itself.

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

pub fn find_keyword<'a>(text: &'a str, keyword: &str) -> Option<&'a str> {
    let wanted = keyword.to_lowercase();
    text.split_whitespace()
        .find(|word| word.to_lowercase() == wanted)
}
