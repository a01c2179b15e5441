// variant: the median by select_nth_unstable, then the element before it read as if sorted
// expect: tests

//! # Cargo features: code that only some users compile
//!
//! A small statistics crate used by several services. Most of them only need
//! `summarize`; the extras sit behind Cargo features, declared in this
//! crate's `Cargo.toml` (read it):
//!
//! - `percentiles` (on by default) compiles `median`;
//! - `serde` (off by default) makes `Summary` serializable, and only then
//!   depends on the `serde` crate at all.
//!
//! The tests turn `serde` on and use both extras, and they do not compile:
//! `median` cannot be found, and `Summary` is not serializable. Read the
//! compiler's warnings as well as its errors.
//!
//! Task: make each extra exist exactly when its feature is on. A service
//! that turns the `serde` feature off (the default) must build without the
//! serde crate, and one that turns off default features must get no
//! `median`. Each extra depends on its own feature only, whatever the others
//! are, in every feature set a service can pick (Cargo never turns
//! `default` on without `percentiles`). Do not change `Cargo.toml`; the
//! code must follow it. (One test file checks this for no features, each
//! feature alone, both without the defaults, and the defaults: it builds
//! `src/lib.rs` with `rustc` the way Cargo does for such a service.)
//!
//! Run `cargo run -p checker watch` and save to check your work.

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
#[cfg(feature = "percentiles")]
pub fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    let middle = sorted.len() / 2;
    if !sorted.is_empty() {
        // Only the middle needs to be in place: O(n) instead of a sort.
        sorted.select_nth_unstable_by(middle, f64::total_cmp);
    }
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[middle]),
        _ => Some((sorted[middle - 1] + sorted[middle]) / 2.0),
    }
}
