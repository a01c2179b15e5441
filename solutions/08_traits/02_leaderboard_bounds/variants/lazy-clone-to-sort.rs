// variant: clones the scores to sort them, so it asks for `Clone` as well
// expect: case:any_ordered_displayable_type
use std::fmt::Display;

pub fn leaderboard<T>(scores: &[T], n: usize) -> Vec<String>
where
    T: Ord + Display + Clone,
{
    let mut ranked = scores.to_vec();
    ranked.sort_by(|a, b| b.cmp(a));
    ranked
        .iter()
        .take(n)
        .map(|score| score.to_string())
        .collect()
}

pub fn champion<T>(scores: &[T]) -> Option<String>
where
    T: Ord + Display + Clone,
{
    leaderboard(scores, 1).pop()
}
