// variant: renders by consuming the board
// expect: keep:fn Board::render, E0382
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
//! - `Board` keeps its pinned labels for as long as the board exists, and a
//!   board lives in long-lived application state, so `Board` has no lifetime
//!   parameter. `pin` must accept values that own their data, including
//!   `String`s built at run time, and reject values that borrow local data.
//!
//! Task: give each function the bounds it needs. Keep the public API:
//! `boxed_label`, and `Board` with `new`, `pin`, `len` and `render`.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! `Box<dyn Display>` is short for `Box<dyn Display + 'static>`: a trait
//! object that may hold no borrows shorter than the whole program. A generic
//! `T` may be a reference, so boxing it as such fails (E0310).
//!
//! `boxed_label` names the lifetime instead: `T: 'a` says every borrow inside
//! `T` lasts at least `'a`, and the box is only valid for `'a`. `Board` keeps
//! its labels with no time limit, so `pin` asks for `T: 'static`: `T` owns
//! everything it holds (a `String` made at run time qualifies), it does not
//! have to live forever.

use std::fmt::Display;

pub fn boxed_label<'a, T: Display + 'a>(value: T) -> Box<dyn Display + 'a> {
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

    pub fn pin<T: Display + 'static>(&mut self, label: T) {
        self.labels.push(Box::new(label));
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// The labels in the order they were pinned, separated by " | ".
    pub fn render(self) -> String {
        let shown: Vec<String> = self.labels.iter().map(|label| label.to_string()).collect();
        shown.join(" | ")
    }
}
