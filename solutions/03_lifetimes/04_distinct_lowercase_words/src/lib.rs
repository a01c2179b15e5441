//! # Predict: borrowing from a temporary
//!
//! `distinct_words` lists the different words of a text, for a word cloud:
//! in lower case, without the punctuation around them, each word once, in
//! sorted order. Words are separated by any whitespace, and letters and
//! punctuation come from any script (`«Émile»` is the word `émile`);
//! "Rust," and "rust" are the same word, and a bare "--" is no word at all.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered.
//!
//! Then make it compile and pass the tests, keeping the set's slices into one
//! lowered copy of the text: do not lower or copy every word on its own. A
//! test counts allocations, which must not grow with each repeated word,
//! whatever its case.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! `text.to_lowercase()` makes a `String` that nothing names: a temporary,
//! dropped at the end of the `let` statement. The set keeps slices of it, so
//! they would dangle as soon as the statement ends (E0716). Binding the
//! lowered text to a local keeps it alive until the end of the function,
//! longer than the set that borrows from it.

use std::collections::BTreeSet;

// PREDICT: E0716 line 28

pub fn distinct_words(text: &str) -> Vec<String> {
    let lowered = text.to_lowercase();
    let words: BTreeSet<&str> = lowered
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .collect();
    words.into_iter().map(str::to_string).collect()
}
