//! # A read-only view, checked at compile time
//!
//! A `Ledger` is an append-only list of entries. Reports read it through a
//! `View`, which answers questions such as the total and the largest entry.
//! Today `view` copies every entry, memo strings included, into the view.
//! That is slow for a big ledger, and a view goes stale silently as soon as
//! the ledger grows.
//!
//! Task: make `View` borrow the ledger instead of copying it, so that the
//! compiler itself acts as a reader-writer lock:
//! - any number of views may be alive at the same time;
//! - while a view is alive, the ledger cannot be appended to;
//! - a view can never outlive its ledger.
//!
//! Done when the tests pass (they check that a view shares the ledger's
//! storage) and the misuses in `tests/fail` are rejected by the compiler.
//! Keep the methods and what they return.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! `View<'a>` holds `&'a [Entry]`, a shared borrow of the ledger's storage:
//! making one copies a pointer and a length. Because `view` takes `&self`,
//! many views can coexist, `append(&mut self)` is refused while any of them
//! is still used (E0502), and none can outlive the ledger (E0597). Shared
//! XOR mutable is a reader-writer lock that the compiler checks, at no run
//! time cost.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub memo: String,
    pub cents: i64,
}

#[derive(Debug, Default)]
pub struct Ledger {
    entries: Vec<Entry>,
}

impl Ledger {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, memo: &str, cents: i64) {
        self.entries.push(Entry {
            memo: memo.to_string(),
            cents,
        });
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn view(&self) -> View<'_> {
        View {
            entries: &self.entries,
        }
    }
}

/// Shared, read-only access to a ledger's entries.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    entries: &'a [Entry],
}

impl<'a> View<'a> {
    pub fn entries(&self) -> &'a [Entry] {
        self.entries
    }

    pub fn total(&self) -> i64 {
        self.entries.iter().map(|entry| entry.cents).sum()
    }

    /// The entry with the largest amount; the earliest one on a tie.
    pub fn largest(&self) -> Option<&'a Entry> {
        self.entries.iter().reduce(|best, entry| {
            if entry.cents > best.cents {
                entry
            } else {
                best
            }
        })
    }
}
