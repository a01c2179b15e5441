//! # Predict: Display for a list of tags
//!
//! Blog posts carry tags, printed as `#rust #async #traits`. Someone wanted
//! `tags.to_string()` to work, gave `Vec<String>` a nicer name and implemented
//! `Display` for it. The tags must still behave like a read-only list:
//! `len`, `iter`, `contains`, `is_empty` and indexing are used all over.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered.
//!
//! Then make it compile: `Tags` must become a type of this crate that wraps
//! the vector. Keep `Tags::from(Vec<String>)`, `parse_tags` and the
//! `#a #b` output (empty list: empty string), and let callers keep reading
//! the tags like a slice of strings, but not change them (see `tests/fail/`).
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::fmt;

// TODO: is a type alias a new type?
pub type Tags = Vec<String>;

// PREDICT: E____ line __
impl fmt::Display for Tags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for tag in self {
            if !first {
                f.write_str(" ")?;
            }
            write!(f, "#{tag}")?;
            first = false;
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
