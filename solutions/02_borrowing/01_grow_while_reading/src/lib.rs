//! # Predict: reading from a vector while it grows
//!
//! `longest` borrows an element of `words`; `push` needs `words` mutably and
//! may move every element to a bigger buffer, so rustc rejects any use of
//! `longest` after the push. Taking an owned copy first ends the borrow.

// PREDICT: E0502 line 23

pub fn repeat_longest(words: &mut Vec<String>) -> usize {
    let Some(longest) = words
        .iter()
        .max_by_key(|word| word.chars().count())
        .cloned()
    else {
        return 0;
    };
    let length = longest.chars().count();
    words.push(longest);
    length
}
