// variant: hands out a view of a leaked copy, which borrows nothing
// expect: rule:clippy::disallowed_methods
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

    pub fn view(&self) -> View {
        View {
            entries: Box::leak(self.entries.clone().into_boxed_slice()),
        }
    }
}

#[derive(Debug)]
pub struct View {
    entries: &'static [Entry],
}

impl View {
    pub fn entries(&self) -> &[Entry] {
        self.entries
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
