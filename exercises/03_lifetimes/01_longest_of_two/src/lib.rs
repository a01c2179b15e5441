//! # Longest of two, and the part before a marker
//!
//! Two small text helpers hand back slices of their inputs instead of
//! copying them. Neither compiles: from the signatures alone, rustc cannot
//! tell which input the returned reference points into, so it cannot check
//! that callers keep that input alive while they use the result.
//!
//! - `longest_of_two` returns whichever argument has more characters
//!   (`char`s: a combining accent is one of them), the first one on a tie.
//!   The result may be either argument.
//! - `before_marker` returns the part of `text` before the first occurrence
//!   of `marker`, or all of `text` when the marker does not occur. The result
//!   only ever points into `text`: a caller may drop the marker and keep
//!   using the result.
//!
//! Task: give each signature lifetimes that tie the result to exactly the
//! inputs it may point into (how you spell them is yours: the cases check
//! what callers can and cannot do with the result). Both functions must
//! keep returning borrowed slices, not new `String`s.
//!
//! Run `cargo run -p checker watch` and save to check your work.

// TODO: the result may be either argument. What must the caller keep alive?
pub fn longest_of_two(first: &str, second: &str) -> &str {
    if second.chars().count() > first.chars().count() {
        second
    } else {
        first
    }
}

// TODO: the result only ever borrows from `text`. Say exactly that.
pub fn before_marker(text: &str, marker: &str) -> &str {
    match text.find(marker) {
        Some(end) => &text[..end],
        None => text,
    }
}
