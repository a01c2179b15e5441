// variant: ledger and views share the entries through an Rc, copied on write when a view is alive
// expect: case:append_while_viewing, case:view_outlives_ledger
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub memo: String,
    pub cents: i64,
}

#[derive(Debug, Default)]
pub struct Ledger {
    entries: Rc<Vec<Entry>>,
}

impl Ledger {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, memo: &str, cents: i64) {
        Rc::make_mut(&mut self.entries).push(Entry {
            memo: memo.to_string(),
            cents,
        });
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn view(&self) -> View {
        View {
            entries: Rc::clone(&self.entries),
        }
    }
}

#[derive(Debug)]
pub struct View {
    entries: Rc<Vec<Entry>>,
}

impl View {
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn total(&self) -> i64 {
        self.entries.iter().map(|entry| entry.cents).sum()
    }

    pub fn largest(&self) -> Option<&Entry> {
        self.entries.iter().reduce(|best, entry| {
            if entry.cents > best.cents {
                entry
            } else {
                best
            }
        })
    }
}
