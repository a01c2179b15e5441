//! # Returning references to data the function made
//!
//! Two helpers for an address book, and neither compiles: each returns a
//! reference into a value that is created inside the function and dropped
//! when it returns.
//!
//! - `display_name` gives the name to show for a contact: the nickname when
//!   there is one, otherwise "first last".
//! - `find_keyword` gives the first word of `text` (words are separated by
//!   whitespace) that equals `keyword` when case is ignored, in any alphabet,
//!   exactly as it is written in `text`: searching "Learn RUST now" for
//!   "rust" gives "RUST". The result must borrow from `text`, so a caller can
//!   drop the keyword and keep the word.
//!
//! Task: make both compile and pass the tests. Decide for each function
//! whether its result can point into an input, or must be new text that the
//! caller owns.
//!
//! Run `cargo run -p checker watch` and save to check your work.

pub struct Contact {
    pub first: String,
    pub last: String,
    pub nickname: Option<String>,
}

// TODO: who owns the joined name once this function returns?
pub fn display_name(contact: &Contact) -> &str {
    match &contact.nickname {
        Some(nickname) => nickname,
        None => &format!("{} {}", contact.first, contact.last),
    }
}

// TODO: the word to return is already in `text`; the lowered copy is not.
pub fn find_keyword<'a>(text: &'a str, keyword: &str) -> Option<&'a str> {
    let lowered = text.to_lowercase();
    let wanted = keyword.to_lowercase();
    lowered.split_whitespace().find(|word| *word == wanted)
}
