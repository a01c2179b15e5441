// variant: pin also asks for Send + Sync, which refuses labels that stay on one thread
// expect: case:pins_live_and_single_thread_labels
use std::fmt::Display;

pub fn boxed_label<'a, T: Display + 'a>(value: T) -> Box<dyn Display + 'a> {
    Box::new(value)
}

#[derive(Default)]
pub struct Board {
    labels: Vec<Box<dyn Display + Send + Sync>>,
}

impl Board {
    pub fn new() -> Self {
        Self::default()
    }

    // Long-lived application state may be shared between threads.
    pub fn pin<T: Display + Send + Sync + 'static>(&mut self, label: T) {
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
