//! # Boxed labels: `'static` and `T: 'a`
//!
//! A status page shows labels of many types: names, counters, version
//! numbers. Two helpers put them behind `Box<dyn Display>` so that labels of
//! different types fit in one list, and neither compiles.
//!
//! - `boxed_label` boxes one value for a list that is rendered right away.
//!   It must accept borrowed values as well as owned ones: `&String`, `&str`
//!   slices of local strings, numbers. Its result may live only as long as
//!   what the value borrows.
//! - `Board` keeps its pinned labels (the values themselves, not their text:
//!   `render` shows each label as it displays when rendered, so a live
//!   counter shows its current count) for as long as the board exists, and a
//!   board lives in long-lived application state, so `Board` has no lifetime
//!   parameter. `pin` must accept values that own their data, including
//!   `String`s built at run time and values that stay on one thread (an
//!   `Rc`), and reject values that borrow local data.
//!
//! Task: give each function the bounds it needs. Keep the public API:
//! `boxed_label`, and `Board` with `new`, `pin`, `len` and `render`.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::fmt::Display;

// TODO: a bare `dyn Display` in a box means more than it says. How long may
// the boxed value's borrows last, and how do you let that follow `T`?
pub fn boxed_label<T: Display>(value: T) -> Box<dyn Display> {
    Box::new(value)
}

#[derive(Default)]
pub struct Board {
    labels: Vec<Box<dyn Display>>,
}

impl Board {
    pub fn new() -> Self {
        Self::default()
    }

    // TODO: what must be true of `T` for it to be kept with no time limit?
    pub fn pin<T: Display>(&mut self, label: T) {
        self.labels.push(Box::new(label));
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// The labels in the order they were pinned, separated by " | ".
    pub fn render(&self) -> String {
        let shown: Vec<String> = self.labels.iter().map(|label| label.to_string()).collect();
        shown.join(" | ")
    }
}
