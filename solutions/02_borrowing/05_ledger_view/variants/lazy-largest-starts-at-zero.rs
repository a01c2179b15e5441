// variant: the running maximum starts at zero, so an all-negative ledger has no largest entry
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
        }
    }
}

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
        let mut best = None;
        let mut max = 0;
        for entry in self.entries {
            if entry.cents > max {
                max = entry.cents;
                best = Some(entry);
            }
        }
        best
    }
}
