//! # Predict: sharing a catalogue with worker threads
//!
//! `Rc` counts its owners with plain, non-atomic increments, so two threads
//! cloning or dropping clones of one `Rc` at once could lose an update and
//! free the catalogue while a thread still reads it. That is why `Rc` is not
//! `Send` and `thread::spawn` rejects the closure (E0277). `Arc` has the same
//! API with atomic counts, and it is `Send` when the value inside is
//! `Send + Sync`, which a read-only `Catalogue` is.

use std::sync::Arc;
use std::thread;

/// The titles on sale. Deliberately not `Clone`: it is too big to copy.
pub struct Catalogue {
    titles: Vec<String>,
}

impl Catalogue {
    pub fn new(titles: &[&str]) -> Self {
        Self {
            titles: titles.iter().map(|title| title.to_string()).collect(),
        }
    }

    /// How many titles contain `word` (case-sensitive).
    pub fn count_matching(&self, word: &str) -> usize {
        self.titles
            .iter()
            .filter(|title| title.contains(word))
            .count()
    }
}

// PREDICT: E0277 line 53

pub fn count_in_parallel(catalogue: Arc<Catalogue>, words: &[&str]) -> Vec<usize> {
    let workers: Vec<_> = words
        .iter()
        .map(|word| {
            let catalogue = Arc::clone(&catalogue);
            let word = word.to_string();
            thread::spawn(move || catalogue.count_matching(&word))
        })
        .collect();
    workers
        .into_iter()
        .map(|worker| {
            worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        })
        .collect()
}
