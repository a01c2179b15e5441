// variant: named threads from `thread::Builder`, with the word moved in as a `String`
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
    let mut workers = Vec::with_capacity(words.len());
    for (index, word) in words.iter().enumerate() {
        let catalogue = Arc::clone(&catalogue);
        let word = String::from(*word);
        let worker = thread::Builder::new()
            .name(format!("query-{index}"))
            .spawn(move || catalogue.count_matching(&word))
            .unwrap_or_else(|err| panic!("cannot start a query thread: {err}"));
        workers.push(worker);
    }
    let mut counts = Vec::with_capacity(workers.len());
    for worker in workers {
        match worker.join() {
            Ok(count) => counts.push(count),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }
    counts
}
