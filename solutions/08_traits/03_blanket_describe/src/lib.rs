//! # A blanket impl: one line of code, every displayable type
//!
//! `impl<T: Display> Describe for T` gives `describe` to every displayable
//! type, today's and tomorrow's, and to no other type. Trait methods are
//! found only when the trait is in scope, hence the `use` in `report`.

pub mod describe {
    use std::fmt::Display;

    /// Longest description, in characters, including the "…".
    pub const MAX_CHARS: usize = 12;

    pub trait Describe {
        fn describe(&self) -> String;
    }

    impl<T: Display> Describe for T {
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
