// variant: ranks lowest first
// expect: tests, case:any_ordered_displayable_type
use std::fmt::Display;

pub fn leaderboard<T>(scores: &[T], n: usize) -> Vec<String>
where
    T: Ord + Display,
{
    let mut ranked: Vec<&T> = scores.iter().collect();
    ranked.sort();
    ranked
        .iter()
        .take(n)
        .map(|score| score.to_string())
        .collect()
}

pub fn champion<T>(scores: &[T]) -> Option<String>
where
    T: Ord + Display,
{
    leaderboard(scores, 1).pop()
}
