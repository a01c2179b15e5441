// variant: render leaves out labels that display as nothing
// expect: tests
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
    pub fn render(&self) -> String {
        let shown: Vec<String> = self
            .labels
            .iter()
            .map(|label| label.to_string())
            .filter(|text| !text.is_empty())
            .collect();
        shown.join(" | ")
    }
}
