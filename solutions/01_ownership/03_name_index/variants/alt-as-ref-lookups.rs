// variant: lookups take anything that reads as a `str`, and insert uses the entry API
use std::collections::HashMap;
use std::collections::hash_map::Entry;

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
        let next = self.names.len();
        match self.ids.entry(name) {
            Entry::Occupied(known) => *known.get(),
            Entry::Vacant(new) => {
                self.names.push(new.key().clone());
                *new.insert(next)
            }
        }
    }

    pub fn id(&self, name: impl AsRef<str>) -> Option<usize> {
        self.ids.get(name.as_ref()).copied()
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

pub fn describe(index: &NameIndex, name: impl AsRef<str>) -> String {
    let name = name.as_ref();
    match index.id(name) {
        Some(id) => format!("{name} is #{id}"),
        None => format!("{name} is unknown"),
    }
}
