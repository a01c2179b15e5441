// variant: walks the characters once, starting a word after whitespace

//! # Initials: bytes are not characters
//!
//! `initials` turns a full name into its initials: "Ada Lovelace" gives "AL".
//! It compiles, but the tests fail: names are not all ASCII, and people type
//! more than one space between words.
//!
//! Task: return the first character of every word, in order. Words are
//! separated by any amount of whitespace; a name with no words gives "".
//! Keep the signature: it borrows the name and returns new text.
//!
//! Run `cargo run -p checker watch` and save to check your work.

pub fn initials(full_name: &str) -> String {
    let mut result = String::new();
    let mut at_word_start = true;
    for c in full_name.chars() {
        if c.is_whitespace() {
            at_word_start = true;
        } else if at_word_start {
            result.push(c);
            at_word_start = false;
        }
    }
    result
}
