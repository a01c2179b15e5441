// variant: a blanket impl over `Debug` instead of `Display`
// expect: tests, case:types_from_other_crates, case:unsized_types_too
pub mod describe {
    use std::fmt::Debug;

    /// Longest description, in characters, including the "…".
    pub const MAX_CHARS: usize = 12;

    pub trait Describe {
        fn describe(&self) -> String;
    }

    impl<T: Debug> Describe for T {
        fn describe(&self) -> String {
            let text = format!("{self:?}");
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
