// variant: forwards `len`, `iter`, `contains` and indexing by hand, no `Deref`
// expect: case:reads_as_a_slice, case:change_the_tags
use std::fmt;
use std::ops::Index;

pub struct Tags(Vec<String>);

impl Tags {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.iter()
    }

    pub fn contains(&self, tag: &String) -> bool {
        self.0.contains(tag)
    }
}

impl Index<usize> for Tags {
    type Output = String;

    fn index(&self, index: usize) -> &String {
        &self.0[index]
    }
}

impl From<Vec<String>> for Tags {
    fn from(tags: Vec<String>) -> Self {
        Tags(tags)
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
