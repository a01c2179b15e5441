// variant: view takes the ledger mutably, so two views cannot coexist
// expect: E0596, E0502
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

    pub fn view(&mut self) -> View<'_> {
        View {
            entries: &self.entries,
        }
    }
}

#[derive(Debug)]
pub struct View<'a> {
    entries: &'a [Entry],
}

impl View<'_> {
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
