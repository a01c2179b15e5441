// variant: asks for `'static` in both functions, so a borrowed label cannot be boxed
// expect: E0597
use std::fmt::Display;

pub fn boxed_label<T: Display + 'static>(value: T) -> Box<dyn Display> {
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

    pub fn render(&self) -> String {
        let shown: Vec<String> = self.labels.iter().map(|label| label.to_string()).collect();
        shown.join(" | ")
    }
}
