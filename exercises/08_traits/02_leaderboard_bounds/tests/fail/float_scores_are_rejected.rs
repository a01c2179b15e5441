// `f64` has no total order (NaN), so it must not be accepted as a score.
use traits_02_leaderboard_bounds::leaderboard;

fn main() {
    let scores = [2.5_f64, f64::NAN, 1.0];
    let _ = leaderboard(&scores, 2); //~ ERROR E0277
}
