// variant: bounds in where clauses, and a board that renders with a fold
use std::fmt::Display;

pub fn boxed_label<'a, T>(value: T) -> Box<dyn Display + 'a>
where
    T: Display + 'a,
{
    Box::new(value)
}

#[derive(Default)]
pub struct Board {
    labels: Vec<Box<dyn Display>>,
}

impl Board {
    pub fn new() -> Self {
        Board { labels: Vec::new() }
    }

    pub fn pin<T>(&mut self, label: T)
    where
        T: Display + 'static,
    {
        let boxed: Box<dyn Display> = Box::new(label);
        self.labels.push(boxed);
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    pub fn render(&self) -> String {
        self.labels
            .iter()
            .enumerate()
            .fold(String::new(), |mut shown, (index, label)| {
                if index > 0 {
                    shown.push_str(" | ");
                }
                shown.push_str(&label.to_string());
                shown
            })
    }
}
