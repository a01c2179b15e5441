// variant: asks for `ToString` instead of `Display`, which every displayable type has
/// The `n` best scores, highest first. Equal scores may come in any order;
/// asking for more than there are gives them all.
pub fn leaderboard<T>(scores: &[T], n: usize) -> Vec<String>
where
    T: Ord + ToString,
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
    T: Ord + ToString,
{
    leaderboard(scores, 1).pop()
}
