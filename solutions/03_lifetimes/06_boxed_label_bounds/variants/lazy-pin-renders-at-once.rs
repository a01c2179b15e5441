// variant: the board keeps each label rendered to a String, so pin accepts borrows
// expect: case:board_must_not_pin_a_borrow, case:pins_live_and_single_thread_labels
use std::fmt::Display;

pub fn boxed_label<'a, T: Display + 'a>(value: T) -> Box<dyn Display + 'a> {
    Box::new(value)
}

#[derive(Default)]
pub struct Board {
    labels: Vec<String>,
}

impl Board {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn pin<T: Display>(&mut self, label: T) {
        self.labels.push(label.to_string());
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    pub fn render(&self) -> String {
        self.labels.join(" | ")
    }
}
