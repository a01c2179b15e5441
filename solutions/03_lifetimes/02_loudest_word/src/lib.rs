//! # Predict: a reference to a value that dies every iteration
//!
//! `shouted` is a new `String` made in each iteration and dropped at the end
//! of it. Keeping `&shouted` in `loudest`, which lives on after the loop,
//! would read freed memory on the next comparison, so rustc rejects the
//! borrow (E0597). Moving the `String` itself into `loudest` keeps it alive:
//! no copy, the buffer just changes owner.

// PREDICT: E0597 line 25

pub fn loudest_word(words: &[&str]) -> String {
    let mut loudest = String::new();
    for word in words {
        let shouted = word.to_uppercase();
        if shouted.chars().count() > loudest.chars().count() {
            loudest = shouted;
        }
    }
    loudest
}
