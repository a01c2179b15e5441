// variant: counts and cuts bytes instead of characters
// expect: tests, case:unsized_types_too
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
            if text.len() <= MAX_CHARS {
                return text;
            }
            let mut short = String::from_utf8_lossy(&text.as_bytes()[..MAX_CHARS - 1]).into_owned();
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
