// variant: gives the board a lifetime parameter, so it pins borrows and long-lived state must name it
// expect: case:board_must_not_pin_a_borrow, case:borrowed_labels_and_owned_pins
use std::fmt::Display;

pub fn boxed_label<'a, T: Display + 'a>(value: T) -> Box<dyn Display + 'a> {
    Box::new(value)
}

#[derive(Default)]
pub struct Board<'a> {
    labels: Vec<Box<dyn Display + 'a>>,
}

impl<'a> Board<'a> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn pin<T: Display + 'a>(&mut self, label: T) {
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
