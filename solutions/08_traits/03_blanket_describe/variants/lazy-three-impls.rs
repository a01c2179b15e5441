// variant: a sized-only blanket impl plus impls for str and dyn Display alone
// expect: case:unsized_types_too
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
//! `Display` (including types defined in other crates, and unsized ones such
//! as `str` and `dyn Display`), and make `report` compile. A type that cannot
//! be displayed must not get `describe`.
//!
//! Run `cargo run -p checker watch` and save to check your work.

pub mod describe {
    /// Longest description, in characters, including the "…".
    pub const MAX_CHARS: usize = 12;

    pub trait Describe {
        fn describe(&self) -> String;
    }

    use std::fmt::Display;

    fn cut(text: String) -> String {
        match text.char_indices().nth(MAX_CHARS) {
            None => text,
            Some(_) => {
                let (cut, _) = text.char_indices().nth(MAX_CHARS - 1).unwrap();
                format!("{}…", &text[..cut])
            }
        }
    }

    impl<T: Display> Describe for T {
        fn describe(&self) -> String {
            cut(self.to_string())
        }
    }

    impl Describe for str {
        fn describe(&self) -> String {
            cut(self.to_string())
        }
    }

    impl Describe for dyn Display {
        fn describe(&self) -> String {
            cut(self.to_string())
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
