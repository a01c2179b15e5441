// variant: clones the title to write the receipt after the push
// expect: tests
#[derive(Debug, PartialEq)]
pub struct Draft {
    pub title: String,
    pub body: String,
}

// PREDICT: E0505 line 31

pub fn shelve(shelf: &mut Vec<Box<Draft>>, draft: Box<Draft>) -> String {
    let title = draft.title.clone();
    shelf.push(draft);
    format!("shelved {title:?} (#{})", shelf.len())
}

pub fn shelve_all(shelf: &mut Vec<Box<Draft>>, drafts: Vec<Box<Draft>>) -> Vec<String> {
    drafts
        .into_iter()
        .map(|draft| shelve(shelf, draft))
        .collect()
}
