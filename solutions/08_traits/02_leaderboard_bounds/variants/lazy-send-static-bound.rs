// variant: adds `Send + 'static` to the bounds, which shuts out `Rc` scores and borrowed text
// expect: case:any_ordered_displayable_type
use std::fmt::Display;

pub fn leaderboard<T>(scores: &[T], n: usize) -> Vec<String>
where
    T: Ord + Display + Send + 'static,
{
    let mut ranked: Vec<&T> = scores.iter().collect();
    ranked.sort_by(|a, b| b.cmp(a));
    ranked
        .iter()
        .take(n)
        .map(|score| score.to_string())
        .collect()
}

pub fn champion<T>(scores: &[T]) -> Option<String>
where
    T: Ord + Display + Send + 'static,
{
    leaderboard(scores, 1).pop()
}
