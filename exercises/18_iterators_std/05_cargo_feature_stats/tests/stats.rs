use iterators_std_05_cargo_feature_stats::{Summary, median, summarize};

#[test]
fn a_summary_has_the_count_and_mean() {
    assert_eq!(
        summarize(&[1.0, 2.0, 6.0]),
        Some(Summary {
            count: 3,
            mean: 3.0
        })
    );
}

#[test]
fn nothing_to_summarize_gives_none() {
    assert_eq!(summarize(&[]), None);
}

#[test]
fn the_median_of_an_odd_count_is_the_middle_value() {
    assert_eq!(median(&[9.0, 1.0, 5.0]), Some(5.0));
}

#[test]
fn the_median_of_an_even_count_averages_the_middle_pair() {
    assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
}

#[test]
fn the_median_of_one_value_is_that_value_and_of_none_is_none() {
    assert_eq!(median(&[-7.5]), Some(-7.5));
    assert_eq!(median(&[]), None);
}

#[test]
fn the_median_of_many_shuffled_values_is_the_middle_of_their_order() {
    // `i * 17 % n` visits every number below `n` once, out of order, so the
    // middle of the sorted values is known without sorting them.
    for n in [40_u32, 41, 64, 99] {
        let values: Vec<f64> = (0..n).map(|i| f64::from(i * 17 % n)).collect();
        let expected = f64::from(n - 1) / 2.0;
        assert_eq!(median(&values), Some(expected), "{n} shuffled values");
    }
}

#[test]
fn the_median_leaves_the_input_alone() {
    let values = [3.0, 1.0, 2.0];
    assert_eq!(median(&values), Some(2.0));
    assert_eq!(values, [3.0, 1.0, 2.0]);
}

#[test]
fn a_summary_serializes_to_json() {
    let summary = summarize(&[2.0, 4.0]).expect("two values");
    let json = serde_json::to_value(&summary).expect("serializable");
    assert_eq!(json, serde_json::json!({ "count": 2, "mean": 3.0 }));
}
