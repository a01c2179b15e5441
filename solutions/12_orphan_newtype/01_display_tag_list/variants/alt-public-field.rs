// variant: a public field and a `Deref` to the slice written with `as_slice`
//! The field may be public: tags have no invariant to protect.

use std::fmt;
use std::ops::Deref;

pub struct Tags(pub Vec<String>);

impl From<Vec<String>> for Tags {
    fn from(tags: Vec<String>) -> Self {
        Tags(tags)
    }
}

impl Deref for Tags {
    type Target = [String];

    fn deref(&self) -> &Self::Target {
        self.0.as_slice()
    }
}

// PREDICT: E0117 line 26
impl fmt::Display for Tags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut tags = self.0.iter();
        if let Some(first) = tags.next() {
            write!(f, "#{first}")?;
        }
        for tag in tags {
            write!(f, " #{tag}")?;
        }
        Ok(())
    }
}

/// Reads tags separated by commas, trimming whitespace and dropping empty ones.
pub fn parse_tags(text: &str) -> Tags {
    let tags: Vec<String> = text
        .split(',')
        .map(str::trim)
        .filter(|tag| !tag.is_empty())
        .map(String::from)
        .collect();
    Tags::from(tags)
}
