// variant: the view holds a reference to the whole ledger and is not Copy
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
        View { ledger: self }
    }
}

#[derive(Debug)]
pub struct View<'a> {
    ledger: &'a Ledger,
}

impl<'a> View<'a> {
    pub fn entries(&self) -> &'a [Entry] {
        self.ledger.entries()
    }

    pub fn total(&self) -> i64 {
        self.entries().iter().map(|entry| entry.cents).sum()
    }

    pub fn largest(&self) -> Option<&'a Entry> {
        let mut best: Option<&'a Entry> = None;
        for entry in self.entries() {
            if best.is_none_or(|best| entry.cents > best.cents) {
                best = Some(entry);
            }
        }
        best
    }
}
