// variant: hands out `&mut Vec<String>` as well, so callers can change the tags
// expect: case:change_the_tags
use std::fmt;
use std::ops::{Deref, DerefMut};

pub struct Tags(Vec<String>);

impl From<Vec<String>> for Tags {
    fn from(tags: Vec<String>) -> Self {
        Tags(tags)
    }
}

impl Deref for Tags {
    type Target = Vec<String>;

    fn deref(&self) -> &Vec<String> {
        &self.0
    }
}

impl DerefMut for Tags {
    fn deref_mut(&mut self) -> &mut Vec<String> {
        &mut self.0
    }
}

// PREDICT: E0117 line 26
impl fmt::Display for Tags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hashed: Vec<String> = self.iter().map(|tag| format!("#{tag}")).collect();
        f.write_str(&hashed.join(" "))
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
