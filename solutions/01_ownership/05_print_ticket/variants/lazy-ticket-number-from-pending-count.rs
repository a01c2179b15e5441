// variant: numbers a ticket by the count of pending jobs, so numbers come back
// expect: tests
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub text: String,
    pub at: Point,
}

#[derive(Debug)]
pub struct Ticket {
    id: u32,
}

/// A copy of `label` moved by `(dx, dy)`; the original stays where it is.
pub fn shifted(label: &Label, dx: i32, dy: i32) -> Label {
    let mut moved = label.clone();
    moved.at.x += dx;
    moved.at.y += dy;
    moved
}

#[derive(Debug, Default)]
pub struct PrintQueue {
    pending: Vec<(u32, Label)>,
}

impl PrintQueue {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn submit(&mut self, label: Label) -> Ticket {
        // Slip: the next id is the number of jobs waiting.
        let id = self.pending.len() as u32;
        self.pending.push((id, label));
        Ticket { id }
    }

    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// Hands in the ticket and returns its label; `None` when this queue
    /// has no pending job with the ticket's number.
    pub fn collect(&mut self, ticket: Ticket) -> Option<Label> {
        let index = self.pending.iter().position(|(id, _)| *id == ticket.id)?;
        Some(self.pending.remove(index).1)
    }
}
