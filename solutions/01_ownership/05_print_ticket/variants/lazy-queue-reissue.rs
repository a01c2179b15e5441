// variant: a new PrintQueue::reissue duplicates a ticket
// expect: keep:closed Ticket
//! # Copy, Clone, and a ticket that must stay unique
//!
//! A print shop lays out labels and queues them for printing. `Point` is
//! two numbers; `Label` is a text placed at a point. Submitting a label to
//! the `PrintQueue` gives back a `Ticket`; handing the ticket in with
//! `collect` returns the printed label, once.
//!
//! It does not compile: someone derived `Copy` on every type to get rid of
//! "use of moved value" errors. Decide, type by type, what `Copy` means:
//! - `Copy` types are duplicated silently on every assignment and call, so
//!   it fits small plain values that own nothing;
//! - `Clone` is an explicit, possibly costly duplicate;
//! - some types must allow neither: a `Ticket` stands for one pending job,
//!   and a copy would let two people collect the same job. After your
//!   change, `let spare = ticket; queue.collect(ticket)` must be rejected,
//!   and so must `ticket.clone()`.
//!
//! Done when it compiles, the tests pass, and the misuses in `tests/fail`
//! are rejected by the compiler. Keep the public API and keep `Point` as
//! cheap to pass around as it is now.
//!
//! Run `cargo run -p checker watch` and save to check your work.

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

#[derive(Debug, PartialEq, Eq)]
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

    /// A replacement for a ticket, e.g. for a second courier.
    pub fn reissue(&self, ticket: &Ticket) -> Ticket {
        Ticket { id: ticket.id }
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
