// variant: one impl per type the tests use, so other crates' types get nothing
// expect: case:types_from_other_crates, case:unsized_types_too
pub mod describe {
    /// Longest description, in characters, including the "…".
    pub const MAX_CHARS: usize = 12;

    pub trait Describe {
        fn describe(&self) -> String;
    }

    fn cut(text: String) -> String {
        if text.chars().count() <= MAX_CHARS {
            return text;
        }
        let mut short: String = text.chars().take(MAX_CHARS - 1).collect();
        short.push('…');
        short
    }

    macro_rules! describe_by_display {
        ($($ty:ty),*) => {
            $(impl Describe for $ty {
                fn describe(&self) -> String {
                    cut(self.to_string())
                }
            })*
        };
    }

    describe_by_display!(&str, String, char, u32, u64, i8);
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
