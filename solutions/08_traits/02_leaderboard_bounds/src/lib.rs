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
//! Task: give both functions the bounds they need (inline, in a `where`
//! clause or as `impl Trait` parameters), so that any type with a total order
//! that can be displayed works, borrowed or owned, shareable across threads
//! or not. A type with no total order must be rejected when the caller
//! compiles: `f64` is not allowed, because `NaN` is neither above nor below
//! any score and would make the ranking meaningless. Keep the parameter and
//! return types otherwise as they are.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! In a generic body, `T` offers only what its bounds promise. Ranking needs
//! a total order (`Ord`, which `f64` lacks), and rendering needs `Display`
//! (which brings `to_string` through the standard library's blanket impl).
//! `champion` calls `leaderboard`, so it must promise the same.

use std::fmt::Display;

/// The `n` best scores, highest first. Equal scores may come in any order;
/// asking for more than there are gives them all.
pub fn leaderboard<T>(scores: &[T], n: usize) -> Vec<String>
where
    T: Ord + Display,
{
    let mut ranked: Vec<&T> = scores.iter().collect();
    ranked.sort_by(|a, b| b.cmp(a));
    ranked
        .iter()
        .take(n)
        .map(|score| score.to_string())
        .collect()
}

/// The best score, or `None` for an empty round.
pub fn champion<T>(scores: &[T]) -> Option<String>
where
    T: Ord + Display,
{
    leaderboard(scores, 1).pop()
}
