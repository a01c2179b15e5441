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
//!
//! ## The solution
//!
//! `impl<T: Display + ?Sized> Describe for T` gives `describe` to every
//! displayable type, today's and tomorrow's, unsized ones included (`?Sized`
//! lifts the bound every type parameter has unless told otherwise), and to
//! no other type. Trait methods are
//! found only when the trait is in scope, hence the `use` in `report`.

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
            if text.chars().count() <= MAX_CHARS {
                return text;
            }
            let mut short: String = text.chars().take(MAX_CHARS - 1).collect();
            short.push('…');
            short
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
