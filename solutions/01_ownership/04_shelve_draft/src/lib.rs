//! # Predict: moving a draft that is still borrowed
//!
//! `title` borrowed a field of the boxed draft, and `shelf.push(draft)`
//! moved the box to a new owner while that borrow was still going to be
//! read; the new owner may free or change the draft at any time (E0505).
//! Writing the receipt before the move lets the borrow end first; reading
//! the title back from the shelf after the push would work as well.

#[derive(Debug, PartialEq)]
pub struct Draft {
    pub title: String,
    pub body: String,
}

// PREDICT: E0505 line 31

pub fn shelve(shelf: &mut Vec<Box<Draft>>, draft: Box<Draft>) -> String {
    let receipt = format!("shelved {:?} (#{})", draft.title, shelf.len() + 1);
    shelf.push(draft);
    receipt
}

pub fn shelve_all(shelf: &mut Vec<Box<Draft>>, drafts: Vec<Box<Draft>>) -> Vec<String> {
    drafts
        .into_iter()
        .map(|draft| shelve(shelf, draft))
        .collect()
}
