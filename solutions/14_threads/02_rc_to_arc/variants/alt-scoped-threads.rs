// variant: scoped threads that borrow the catalogue inside the `Arc`, no clone of the pointer
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::{self, ThreadId};

/// The titles on sale. Deliberately not `Clone`: it is too big to copy.
/// For the shop's audit log, it notes the thread of every search.
pub struct Catalogue {
    titles: Vec<String>,
    searches: Mutex<Vec<ThreadId>>,
}

impl Catalogue {
    pub fn new(titles: &[&str]) -> Self {
        Self {
            titles: titles.iter().map(|title| title.to_string()).collect(),
            searches: Mutex::new(Vec::new()),
        }
    }

    /// How many titles contain `word` (case-sensitive).
    pub fn count_matching(&self, word: &str) -> usize {
        self.log().push(thread::current().id());
        self.titles
            .iter()
            .filter(|title| title.contains(word))
            .count()
    }

    /// The thread of each search so far, in the order they happened.
    pub fn searched_on(&self) -> Vec<ThreadId> {
        self.log().clone()
    }

    /// The audit log. Nothing panics while holding it, so a poisoned lock
    /// still holds a whole log.
    fn log(&self) -> MutexGuard<'_, Vec<ThreadId>> {
        self.searches.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

// PREDICT: E0277 line 71

pub fn count_in_parallel(catalogue: Arc<Catalogue>, words: &[&str]) -> Vec<usize> {
    let catalogue: &Catalogue = &catalogue;
    thread::scope(|scope| {
        let workers: Vec<_> = words
            .iter()
            .map(|word| scope.spawn(move || catalogue.count_matching(word)))
            .collect();
        workers
            .into_iter()
            .map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}
