// variant: a blanket impl over `ToString + ?Sized`, called by its full path: a type with ToString alone gets describe
// expect: case:to_string_alone_is_not_display
pub mod describe {
    /// Longest description, in characters, including the "…".
    pub const MAX_CHARS: usize = 12;

    pub trait Describe {
        fn describe(&self) -> String;
    }

    impl<T: ToString + ?Sized> Describe for T {
        fn describe(&self) -> String {
            let mut text = self.to_string();
            if let Some((cut, _)) = text.char_indices().nth(MAX_CHARS) {
                let keep = text
                    .char_indices()
                    .nth(MAX_CHARS - 1)
                    .map_or(cut, |(at, _)| at);
                text.truncate(keep);
                text.push('…');
            }
            text
        }
    }
}

pub mod report {
    /// One log line, such as `ada: flour x 3`.
    pub fn log_line(user: &str, item: &str, quantity: u32) -> String {
        use crate::describe::Describe as _;
        format!(
            "{}: {} x {}",
            user.describe(),
            crate::describe::Describe::describe(item),
            quantity.describe()
        )
    }
}
