// variant: the view borrows the ledger but also keeps a copy of every entry to answer from
// expect: tests
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
            snapshot: self.entries.clone(),
        }
    }
}

#[derive(Debug)]
pub struct View<'a> {
    entries: &'a [Entry],
    // Shortcut: still copy everything; answer from the copy.
    snapshot: Vec<Entry>,
}

impl<'a> View<'a> {
    pub fn entries(&self) -> &[Entry] {
        self.entries
    }

    pub fn total(&self) -> i64 {
        self.snapshot.iter().map(|entry| entry.cents).sum()
    }

    /// The entry with the largest amount; the earliest one on a tie.
    pub fn largest(&self) -> Option<&Entry> {
        self.snapshot
            .iter()
            .min_by_key(|entry| std::cmp::Reverse(entry.cents))
    }
}
