// variant: inline bounds, `sort_unstable_by` with `Reverse`, and `max` for the champion
use std::cmp::Reverse;
use std::fmt::Display;

/// The `n` best scores, highest first. Equal scores may come in any order;
/// asking for more than there are gives them all.
pub fn leaderboard<T: Ord + Display>(scores: &[T], n: usize) -> Vec<String> {
    let mut ranked: Vec<&T> = scores.iter().collect();
    ranked.sort_unstable_by_key(|score| Reverse(*score));
    ranked.truncate(n);
    ranked.into_iter().map(ToString::to_string).collect()
}

/// The best score, or `None` for an empty round.
pub fn champion<T: Ord + Display>(scores: &[T]) -> Option<String> {
    scores.iter().max().map(|best| format!("{best}"))
}
