// variant: Label's Clone written by hand, shifted built with struct update syntax, collect by swap_remove
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Label {
    pub text: String,
    pub at: Point,
}

impl Clone for Label {
    fn clone(&self) -> Self {
        Self {
            text: self.text.clone(),
            at: self.at,
        }
    }
}

/// One pending job: deliberately neither `Copy` nor `Clone`.
#[derive(Debug)]
pub struct Ticket {
    id: u32,
}

pub fn shifted(label: &Label, dx: i32, dy: i32) -> Label {
    Label {
        at: Point {
            x: label.at.x + dx,
            y: label.at.y + dy,
        },
        ..label.clone()
    }
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

    pub fn collect(&mut self, ticket: Ticket) -> Option<Label> {
        let Ticket { id: wanted } = ticket;
        let index = self.pending.iter().position(|&(id, _)| id == wanted)?;
        Some(self.pending.swap_remove(index).1)
    }
}
