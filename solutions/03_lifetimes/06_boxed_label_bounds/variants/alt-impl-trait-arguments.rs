// variant: `impl Trait` arguments with their lifetime bounds, and the board's `'static` written out
use std::fmt::Display;

pub fn boxed_label<'a>(value: impl Display + 'a) -> Box<dyn Display + 'a> {
    Box::new(value)
}

#[derive(Default)]
pub struct Board {
    labels: Vec<Box<dyn Display + 'static>>,
}

impl Board {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn pin(&mut self, label: impl Display + 'static) {
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
