// variant: an import gated like the derive, median in a gated module re-exported
#[cfg(feature = "serde")]
use serde::Serialize;

/// The count and mean of a non-empty list of values.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
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

#[cfg(feature = "percentiles")]
mod percentiles {
    /// The middle value (the mean of the two middle values for an even
    /// count), or `None` for an empty list. NaN values are not expected.
    pub fn median(values: &[f64]) -> Option<f64> {
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let upper = sorted.len() / 2;
        if sorted.len() % 2 == 1 {
            sorted.get(upper).copied()
        } else {
            let lower = sorted.get(upper.checked_sub(1)?)?;
            sorted.get(upper).map(|upper| (lower + upper) / 2.0)
        }
    }
}

#[cfg(feature = "percentiles")]
pub use percentiles::median;
