// variant: settles for `PartialOrd` and treats incomparable scores as equal, so `f64` gets in
// expect: case:float_scores_are_rejected, case:a_partial_order_is_rejected
use std::cmp::Ordering;
use std::fmt::Display;

pub fn leaderboard<T>(scores: &[T], n: usize) -> Vec<String>
where
    T: PartialOrd + Display,
{
    let mut ranked: Vec<&T> = scores.iter().collect();
    ranked.sort_by(|a, b| b.partial_cmp(a).unwrap_or(Ordering::Equal));
    ranked
        .iter()
        .take(n)
        .map(|score| score.to_string())
        .collect()
}

pub fn champion<T>(scores: &[T]) -> Option<String>
where
    T: PartialOrd + Display,
{
    leaderboard(scores, 1).pop()
}
