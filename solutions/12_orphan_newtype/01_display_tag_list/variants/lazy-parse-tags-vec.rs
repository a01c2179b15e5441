// variant: returns a plain vector from parse_tags
// expect: keep:fn parse_tags, E0308
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
//!
//! ## The solution
//!
//! Blog posts carry tags, printed as `#rust #async #traits`. Someone wanted
//! `tags.to_string()` to work, gave `Vec<String>` a nicer name and implemented
//! `Display` for it. The tags must still behave like a read-only list:
//! `len`, `iter`, `contains`, `is_empty` and indexing are used all over.
//!
//! A type alias is only a second name for `Vec<String>`, a type of std, and
//! `Display` is a trait of std too: the orphan rule forbids that impl. A
//! newtype is a type of this crate, so it may implement any trait; `Deref`
//! to a slice lets it be read like the list it wraps.

use std::fmt;
use std::ops::Deref;

/// The tags of a post, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tags(Vec<String>);

impl From<Vec<String>> for Tags {
    fn from(tags: Vec<String>) -> Self {
        Tags(tags)
    }
}

/// Read-only access to the list: no `DerefMut`, the wrapper decides what
/// changes are allowed.
impl Deref for Tags {
    type Target = [String];

    fn deref(&self) -> &[String] {
        &self.0
    }
}

// PREDICT: E0117 line 26
impl fmt::Display for Tags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, tag) in self.iter().enumerate() {
            if index > 0 {
                f.write_str(" ")?;
            }
            write!(f, "#{tag}")?;
        }
        Ok(())
    }
}

/// Reads tags separated by commas, trimming whitespace and dropping empty ones.
pub fn parse_tags(text: &str) -> Vec<String> {
    let tags: Vec<String> = text
        .split(',')
        .map(str::trim)
        .filter(|tag| !tag.is_empty())
        .map(String::from)
        .collect();
    Tags::from(tags)
}
