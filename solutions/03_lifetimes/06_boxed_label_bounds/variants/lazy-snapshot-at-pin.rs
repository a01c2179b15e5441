// variant: pin keeps the label's text as it is when pinned, still refusing borrows
// expect: case:pins_live_and_single_thread_labels
use std::fmt::Display;

pub fn boxed_label<'a, T: Display + 'a>(value: T) -> Box<dyn Display + 'a> {
    Box::new(value)
}

#[derive(Default)]
pub struct Board {
    // Slip: render once at pin time and keep the text.
    labels: Vec<String>,
}

impl Board {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn pin<T: Display + 'static>(&mut self, label: T) {
        self.labels.push(label.to_string());
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// The labels in the order they were pinned, separated by " | ".
    pub fn render(&self) -> String {
        self.labels.join(" | ")
    }
}
