//! # Returning references to data the function made
//!
//! Two helpers for an address book, and neither compiles: each returns a
//! reference into a value that is created inside the function and dropped
//! when it returns.
//!
//! - `display_name` gives the name to show for a contact: the nickname,
//!   exactly as it is stored, whenever there is one (`Some`, even an empty
//!   one or one with spaces around it), otherwise "first last".
//! - `Contact::mentioned_in` finds where a message mentions the contact: the
//!   first word of `text` (words are separated by whitespace) that equals
//!   the contact's first name when case is ignored, in any alphabet, exactly
//!   as it is written in `text`. For Ada, "Thanks ADA!" has no such word, and
//!   "Thanks ADA for it" gives "ADA". The result points into the message, so
//!   a caller may keep it after the contact is gone. Case may be ignored by
//!   lowering or raising whole words or single characters: these differ
//!   only on rare letters (a Greek final `ς`, `ß` against `SS`), which the
//!   tests leave out.
//!
//! Task: make both compile and pass the tests. Decide for each function
//! whether its result can point into an input (which one?), or must be new
//! text that the caller owns.
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

impl Contact {
    // TODO: the word to return is already in `text`; the lowered copy is
    // not. And with nothing written, what does the result borrow from?
    pub fn mentioned_in(&self, text: &str) -> Option<&str> {
        let lowered = text.to_lowercase();
        let wanted = self.first.to_lowercase();
        lowered.split_whitespace().find(|word| *word == wanted)
    }
}
