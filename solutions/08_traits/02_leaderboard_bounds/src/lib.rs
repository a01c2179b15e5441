//! # Bounds: what a generic function may assume
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
