// variant: an extra Unpin bound that refuses a pinned score type
// expect: case:any_ordered_displayable_type
//! # Bounds: what a generic function may assume
//!
//! A game server shows the best scores of a round. Scores come in many
//! types (plain points, times, custom rating structs), so `leaderboard` is
//! generic: it returns the `n` best scores, highest first, each as text.
//! `champion` is the single best one.
//!
//! It does not compile. Inside a generic function, `T` can be any type at
//! all, so rustc lets the body use only what the bounds promise, and these
//! functions promise nothing.
//!
//! Task: give both functions the bounds they need (inline or in a `where`
//! clause), so that any type with a total order that can be displayed works,
//! borrowed or owned, shareable across threads or not. A type with no total
//! order must be rejected when the caller compiles: `f64` is not allowed,
//! because `NaN` is neither above nor below any score and would make the
//! ranking meaningless. Keep the signatures otherwise as they are.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::fmt::Display;

/// The `n` best scores, highest first. Equal scores may come in any order;
/// asking for more than there are gives them all.
pub fn leaderboard<T: Ord + Display + Unpin>(scores: &[T], n: usize) -> Vec<String> {
    let mut ranked: Vec<&T> = scores.iter().collect();
    ranked.sort_by(|a, b| b.cmp(a));
    ranked
        .iter()
        .take(n)
        .map(|score| score.to_string())
        .collect()
}

/// The best score, or `None` for an empty round.
pub fn champion<T: Ord + Display + Unpin>(scores: &[T]) -> Option<String> {
    leaderboard(scores, 1).pop()
}
