// variant: uses the ticket number as a position in the pending list
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
    next_id: u32,
    pending: Vec<(u32, Label)>,
}

impl PrintQueue {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn submit(&mut self, label: Label) -> Ticket {
        let id = self.next_id;
        self.next_id += 1;
        self.pending.push((id, label));
        Ticket { id }
    }

    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// Hands in the ticket and returns its label; `None` when this queue
    /// has no pending job with the ticket's number.
    pub fn collect(&mut self, ticket: Ticket) -> Option<Label> {
        // Slip: the ticket number is used as a position in the queue.
        let index = ticket.id as usize;
        if index >= self.pending.len() {
            return None;
        }
        Some(self.pending.remove(index).1)
    }
}
