// "Keep the parameter and return types otherwise as they are": `leaderboard`
// still takes the count as a `usize` and returns owned `String`s, and
// `champion` still returns an `Option<String>`.
use traits_02_leaderboard_bounds::{champion, leaderboard};

fn main() {
    let scores: Vec<u32> = vec![4, 9, 1];
    let n: usize = 2;
    let best: Vec<String> = leaderboard(&scores, n);
    let top: Option<String> = champion(&scores);
    assert_eq!((best.len(), top.is_some()), (2, true));
}
