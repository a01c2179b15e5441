// variant: moves the draft out of its box into a new one
// expect: tests
#[derive(Debug, PartialEq)]
pub struct Draft {
    pub title: String,
    pub body: String,
}

// PREDICT: E0505 line 31

pub fn shelve(shelf: &mut Vec<Box<Draft>>, draft: Box<Draft>) -> String {
    let Draft { title, body } = *draft;
    let receipt = format!("shelved {title:?} (#{})", shelf.len() + 1);
    shelf.push(Box::new(Draft { title, body }));
    receipt
}

pub fn shelve_all(shelf: &mut Vec<Box<Draft>>, drafts: Vec<Box<Draft>>) -> Vec<String> {
    drafts
        .into_iter()
        .map(|draft| shelve(shelf, draft))
        .collect()
}
