use traits_02_leaderboard_bounds::{champion, leaderboard};

#[test]
fn best_scores_come_first() {
    assert_eq!(leaderboard(&[30, 90, 10, 60], 3), ["90", "60", "30"]);
}

#[test]
fn asking_for_more_than_there_are_gives_them_all() {
    assert_eq!(leaderboard(&[2_u8, 7], 10), ["7", "2"]);
    assert_eq!(leaderboard(&[2_u8, 7], usize::MAX), ["7", "2"]);
}

#[test]
fn asking_for_none_gives_none() {
    assert!(leaderboard(&[5, 6], 0).is_empty());
}

#[test]
fn an_empty_round_has_no_leaderboard_and_no_champion() {
    let empty: [u32; 0] = [];
    assert!(leaderboard(&empty, 3).is_empty());
    assert_eq!(champion(&empty), None);
}

#[test]
fn ties_are_all_kept() {
    assert_eq!(leaderboard(&[4, 9, 9, 1], 2), ["9", "9"]);
}

#[test]
fn negative_scores_rank_below_zero() {
    assert_eq!(leaderboard(&[-3_i64, 0, -10], 3), ["0", "-3", "-10"]);
}

#[test]
fn text_scores_rank_by_their_order() {
    assert_eq!(
        champion(&["beta", "alpha", "gamma"]).as_deref(),
        Some("gamma")
    );
}

#[test]
fn champion_is_the_single_best_score() {
    assert_eq!(champion(&[12, 48, 3]).as_deref(), Some("48"));
}

#[test]
fn the_input_is_left_untouched() {
    let scores = vec![3, 1, 2];
    let _ = leaderboard(&scores, 2);
    assert_eq!(
        scores,
        [3, 1, 2],
        "ranking must not reorder the caller's scores"
    );
}
