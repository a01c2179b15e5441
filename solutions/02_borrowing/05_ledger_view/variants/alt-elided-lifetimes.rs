// variant: a slice in the view, methods with elided lifetimes, the earliest maximum found from the back
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
            entries: self.entries.as_slice(),
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
        self.entries.iter().rev().max_by_key(|entry| entry.cents)
    }
}
