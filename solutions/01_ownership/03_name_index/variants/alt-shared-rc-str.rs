// variant: both collections share one `Rc<str>` per name instead of holding a `String` each
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Debug, Default)]
pub struct NameIndex {
    names: Vec<Rc<str>>,
    ids: HashMap<Rc<str>, usize>,
}

impl NameIndex {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, name: String) -> usize {
        if let Some(&id) = self.ids.get(name.as_str()) {
            return id;
        }
        let id = self.names.len();
        let shared: Rc<str> = Rc::from(name);
        self.ids.insert(Rc::clone(&shared), id);
        self.names.push(shared);
        id
    }

    pub fn id(&self, name: &str) -> Option<usize> {
        self.ids.get(name).copied()
    }

    pub fn name(&self, id: usize) -> Option<&str> {
        self.names.get(id).map(|name| &**name)
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

pub fn describe(index: &NameIndex, name: &str) -> String {
    match index.id(name) {
        Some(id) => format!("{name} is #{id}"),
        None => format!("{name} is unknown"),
    }
}
