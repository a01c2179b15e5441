// variant: every view copies the amounts into a vector of its own
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
            cents: self.entries.iter().map(|e| e.cents).collect(),
        }
    }
}

#[derive(Debug)]
pub struct View<'a> {
    entries: &'a [Entry],
    // Shortcut: a copy of the amounts, made for every view.
    cents: Vec<i64>,
}

impl<'a> View<'a> {
    pub fn entries(&self) -> &[Entry] {
        self.entries
    }

    pub fn total(&self) -> i64 {
        self.cents.iter().sum()
    }

    /// The entry with the largest amount; the earliest one on a tie.
    pub fn largest(&self) -> Option<&'a Entry> {
        self.entries
            .iter()
            .min_by_key(|entry| std::cmp::Reverse(entry.cents))
    }
}
