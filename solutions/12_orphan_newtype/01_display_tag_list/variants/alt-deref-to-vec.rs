// variant: derefs to the whole `Vec<String>` (read-only) and joins the tags
//! A newtype over the vector, read through `Deref` to the `Vec` itself.

use std::fmt;
use std::ops::Deref;

#[derive(Debug, Clone, Default)]
pub struct Tags(Vec<String>);

impl From<Vec<String>> for Tags {
    fn from(tags: Vec<String>) -> Self {
        Self(tags)
    }
}

impl Deref for Tags {
    type Target = Vec<String>;

    fn deref(&self) -> &Vec<String> {
        &self.0
    }
}

// PREDICT: E0117 line 26
impl fmt::Display for Tags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hashed: Vec<String> = self.0.iter().map(|tag| format!("#{tag}")).collect();
        f.write_str(&hashed.join(" "))
    }
}

/// Reads tags separated by commas, trimming whitespace and dropping empty ones.
pub fn parse_tags(text: &str) -> Tags {
    text.split(',')
        .map(str::trim)
        .filter(|tag| !tag.is_empty())
        .map(String::from)
        .collect::<Vec<_>>()
        .into()
}
