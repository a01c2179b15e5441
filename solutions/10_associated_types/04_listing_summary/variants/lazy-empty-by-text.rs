// variant: judges emptiness by the joined text, not the count
// expect: tests
//! # A blanket impl needs an associated type
//!
//! An admin dashboard shows one-line summaries of many lists: an inbox's
//! subjects, a sensor's readings, and whatever lists other teams add. Any
//! type that implements `Listing` should get `Summary` for free through one
//! blanket impl, as long as its entries can be displayed:
//! `3 entries: a, b, c`, `1 entry: a`, `no entries`.
//!
//! It does not compile. `Listing<T>` takes the entry type as a parameter,
//! so one type could be a `Listing<String>` and a `Listing<u32>` at once,
//! and the blanket impl has no way to know which `T` to summarise.
//!
//! Task: make the blanket impl compile by giving `Listing` an associated
//! type `Entry` (what a listing holds is decided once per listing type),
//! and update the impls. A type must not be able to be a listing of two
//! different entry types.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::fmt::Display;

/// A list of entries of one kind, chosen once per listing type.
pub trait Listing {
    type Entry;

    fn entries(&self) -> &[Self::Entry];
}

pub trait Summary {
    fn summary(&self) -> String;
}

impl<L> Summary for L
where
    L: Listing,
    L::Entry: Display,
{
    fn summary(&self) -> String {
        let entries = self.entries();
        let joined = entries
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        if joined.is_empty() {
            return String::from("no entries");
        }
        match entries.len() {
            1 => format!("1 entry: {joined}"),
            count => format!("{count} entries: {joined}"),
        }
    }
}

pub struct Inbox {
    pub subjects: Vec<String>,
}

impl Listing for Inbox {
    type Entry = String;

    fn entries(&self) -> &[String] {
        &self.subjects
    }
}

pub struct Readings {
    pub celsius: Vec<i32>,
}

impl Listing for Readings {
    type Entry = i32;

    fn entries(&self) -> &[i32] {
        &self.celsius
    }
}
