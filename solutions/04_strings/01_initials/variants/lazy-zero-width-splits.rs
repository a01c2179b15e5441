// variant: also splits words on zero-width space, word joiner and BOM
// expect: tests
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
    // Zero-width and BOM characters are "invisible spaces" too.
    full_name
        .split(|c: char| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}'))
        .filter_map(|word| word.chars().next())
        .collect()
}
