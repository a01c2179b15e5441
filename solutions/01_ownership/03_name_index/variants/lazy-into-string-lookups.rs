// variant: lookups accept anything that converts into a `String`, and make one on every call
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

    pub fn insert(&mut self, name: String) -> usize {
        if let Some(&id) = self.ids.get(&name) {
            return id;
        }
        let id = self.names.len();
        self.ids.insert(name.clone(), id);
        self.names.push(name);
        id
    }

    pub fn id(&self, name: impl Into<String>) -> Option<usize> {
        self.ids.get(&name.into()).copied()
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

pub fn describe(index: &NameIndex, name: impl Into<String>) -> String {
    let name = name.into();
    match index.id(name.as_str()) {
        Some(id) => format!("{name} is #{id}"),
        None => format!("{name} is unknown"),
    }
}
