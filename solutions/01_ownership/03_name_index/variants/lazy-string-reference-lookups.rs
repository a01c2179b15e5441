// variant: lookups borrow a `String`, so a literal cannot be looked up
// expect: E0308
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

    #[allow(clippy::ptr_arg)]
    pub fn id(&self, name: &String) -> Option<usize> {
        self.ids.get(name).copied()
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

#[allow(clippy::ptr_arg)]
pub fn describe(index: &NameIndex, name: &String) -> String {
    match index.id(name) {
        Some(id) => format!("{name} is #{id}"),
        None => format!("{name} is unknown"),
    }
}
