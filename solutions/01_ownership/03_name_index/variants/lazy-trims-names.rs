// variant: trims whitespace from names on insert and lookup
// expect: tests
use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct NameIndex {
    names: Vec<String>,
    ids: HashMap<String, usize>,
}

impl NameIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Returns the id of `name`; a name seen for the first time gets the
    /// next free id.
    pub fn insert(&mut self, name: String) -> usize {
        // Slip: tidy up stray whitespace first.
        let name = if name.trim().len() == name.len() {
            name
        } else {
            name.trim().to_string()
        };
        if let Some(&id) = self.ids.get(&name) {
            return id;
        }
        let id = self.names.len();
        self.names.push(name.clone());
        self.ids.insert(name, id);
        id
    }

    pub fn id(&self, name: &str) -> Option<usize> {
        self.ids.get(name.trim()).copied()
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
