//! # Predict: moving a draft that is still borrowed
//!
//! An editor keeps finished drafts on a shelf, each in its own `Box`.
//! `shelve` moves a boxed draft onto the shelf and returns a receipt such
//! as `shelved "Ownership" (#3)`, where the number is the draft's position
//! on the shelf, counting from 1. `shelve_all` shelves several drafts, in
//! order, and collects the receipts.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered.
//!
//! Then make it compile and pass the tests without copying any title or
//! body, not even for the receipt; the shelf keeps the very box it is given.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
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
