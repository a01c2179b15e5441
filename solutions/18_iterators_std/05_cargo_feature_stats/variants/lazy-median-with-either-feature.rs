// variant: median gated on percentiles or serde
// expect: tests
/// The count and mean of a non-empty list of values.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Summary {
    pub count: usize,
    pub mean: f64,
}

/// `None` for an empty list.
pub fn summarize(values: &[f64]) -> Option<Summary> {
    if values.is_empty() {
        return None;
    }
    let count = values.len();
    let mean = values.iter().sum::<f64>() / count as f64;
    Some(Summary { count, mean })
}

/// The middle value (the mean of the two middle values for an even count),
/// or `None` for an empty list. NaN values are not expected.
#[cfg(any(feature = "percentiles", feature = "serde"))]
pub fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[middle]),
        _ => Some((sorted[middle - 1] + sorted[middle]) / 2.0),
    }
}
