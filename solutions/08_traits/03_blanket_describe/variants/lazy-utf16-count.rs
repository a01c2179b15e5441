// variant: counts the length in UTF-16 units
// expect: tests
//! # A blanket impl: one line of code, every displayable type
//!
//! The shop's log writes short descriptions of values: a value's `Display`
//! text, cut to at most 12 characters (the first 11 and "…" when it is
//! longer). The `Describe` trait says that. Writing an impl for `&str`, then
//! `u32`, then `String`, then every type the log will ever meet does not
//! scale, and the types of other crates would still be missing.
//!
//! It does not compile: nothing implements `Describe` yet, and the `report`
//! module calls `.describe()` although it cannot see the trait.
//!
//! Task: implement `Describe` once, for every type that implements
//! `Display` (including types defined in other crates), and make `report`
//! compile. A type that cannot be displayed must not get `describe`.
//!
//! Run `cargo run -p checker watch` and save to check your work.

pub mod describe {
    use std::fmt::Display;

    /// Longest description, in characters, including the "…".
    pub const MAX_CHARS: usize = 12;

    pub trait Describe {
        fn describe(&self) -> String;
    }

    impl<T: Display + ?Sized> Describe for T {
        fn describe(&self) -> String {
            let text = self.to_string();
            // length in UTF-16 code units, as the log viewer counts them
            if text.encode_utf16().count() <= MAX_CHARS {
                text
            } else {
                let mut cut: String = text.chars().take(MAX_CHARS - 1).collect();
                cut.push('…');
                cut
            }
        }
    }
}

pub mod report {
    use crate::describe::Describe;

    /// One log line, such as `ada: flour x 3`.
    pub fn log_line(user: &str, item: &str, quantity: u32) -> String {
        format!(
            "{}: {} x {}",
            user.describe(),
            item.describe(),
            quantity.describe()
        )
    }
}
