// variant: reads the title back from the shelf after the push
#[derive(Debug, PartialEq)]
pub struct Draft {
    pub title: String,
    pub body: String,
}

// PREDICT: E0505 line 31

pub fn shelve(shelf: &mut Vec<Box<Draft>>, draft: Box<Draft>) -> String {
    shelf.push(draft);
    let number = shelf.len();
    match shelf.last() {
        Some(kept) => format!("shelved {:?} (#{number})", kept.title),
        None => unreachable!("the shelf holds the draft just pushed"),
    }
}

pub fn shelve_all(shelf: &mut Vec<Box<Draft>>, drafts: Vec<Box<Draft>>) -> Vec<String> {
    let mut receipts = Vec::with_capacity(drafts.len());
    for draft in drafts {
        receipts.push(shelve(shelf, draft));
    }
    receipts
}
