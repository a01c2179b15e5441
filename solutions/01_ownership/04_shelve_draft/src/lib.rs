//! # Predict: moving a draft that is still borrowed
//!
//! `title` borrowed a field of `draft`, and `shelf.push(draft)` moved the
//! draft to a new home while that borrow was still going to be read: the
//! reference would point at the old, now dead, place (E0505). Writing the
//! receipt before the move lets the borrow end first; reading the title
//! back from the shelf after the push would work as well.

#[derive(Debug, PartialEq)]
pub struct Draft {
    pub title: String,
    pub body: String,
}

// PREDICT: E0505 line 30

pub fn shelve(shelf: &mut Vec<Draft>, draft: Draft) -> String {
    let receipt = format!("shelved {:?} (#{})", draft.title, shelf.len() + 1);
    shelf.push(draft);
    receipt
}

pub fn shelve_all(shelf: &mut Vec<Draft>, drafts: Vec<Draft>) -> Vec<String> {
    drafts
        .into_iter()
        .map(|draft| shelve(shelf, draft))
        .collect()
}
