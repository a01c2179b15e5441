// variant: one Vec and a linear search: no second owner at all
//! # Two owners, one reader
//!
//! `NameIndex` gives every distinct name a small id, in order of first
//! insertion, and answers lookups both ways: id to name and name to id. It
//! keeps the names twice, a `Vec` for id-to-name and a `HashMap` for
//! name-to-id, so both lookups stay fast, and each of the two needs an owner
//! of the text of its own. (The tests judge what the index answers and what
//! it allocates, not which collections it keeps.)
//!
//! It does not compile: two places use a `String` after it was moved away.
//! They look alike, but they need different fixes. In one, two collections
//! really must own the text; in the other, the function only reads it and
//! should never have asked for ownership.
//!
//! Done when it compiles and the tests pass. Callers must be able to look a
//! name up with a literal or a borrowed `String` (`index.id("ada")`,
//! `describe(&index, &name)`) and keep their own strings afterwards; a
//! lookup makes no string of its own (a test counts the allocations).
//!
//! Run `cargo run -p checker watch` and save to check your work.

#[derive(Debug, Default)]
pub struct NameIndex {
    names: Vec<String>,
}

impl NameIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Returns the id of `name`; a name seen for the first time gets the
    /// next free id.
    pub fn insert(&mut self, name: String) -> usize {
        if let Some(id) = self.id(&name) {
            return id;
        }
        self.names.push(name);
        self.names.len() - 1
    }

    pub fn id(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|known| known == name)
    }

    pub fn name(&self, id: usize) -> Option<&str> {
        self.names.get(id).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// "ada is #0", or "ada is unknown" for a name never inserted.
pub fn describe(index: &NameIndex, name: &str) -> String {
    match index.id(name) {
        Some(id) => format!("{name} is #{id}"),
        None => format!("{name} is unknown"),
    }
}
