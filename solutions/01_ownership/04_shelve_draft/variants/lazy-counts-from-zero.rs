// variant: numbers the receipt by the shelf length before the push
// expect: tests
#[derive(Debug, PartialEq)]
pub struct Draft {
    pub title: String,
    pub body: String,
}

// PREDICT: E0505 line 31

pub fn shelve(shelf: &mut Vec<Box<Draft>>, draft: Box<Draft>) -> String {
    let receipt = format!("shelved {:?} (#{})", draft.title, shelf.len());
    shelf.push(draft);
    receipt
}

pub fn shelve_all(shelf: &mut Vec<Box<Draft>>, drafts: Vec<Box<Draft>>) -> Vec<String> {
    drafts
        .into_iter()
        .map(|draft| shelve(shelf, draft))
        .collect()
}
