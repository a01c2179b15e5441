//! # Predict: reading from a vector while it grows
//!
//! `repeat_longest` appends a copy of the longest word to the list and
//! returns that word's length in characters. An empty list stays empty and
//! gives 0. On a tie, any of the longest words will do.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered.
//!
//! Then make it compile and pass the tests.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
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
