//! # Predict: a reference to a value that dies every iteration
//!
//! `loudest_word` shouts every word of a list (upper case) and returns the
//! longest shouted word, counted in characters. Shouting can change the
//! length: "ß" shouts as "SS". On a tie the earlier word wins; an empty list
//! gives an empty string.
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
