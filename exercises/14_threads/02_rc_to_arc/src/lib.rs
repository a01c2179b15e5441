//! # Predict: sharing a catalogue with worker threads
//!
//! A shop answers search queries in parallel: `count_in_parallel` starts one
//! thread per query, and every thread counts the catalogue titles that
//! contain its word. The catalogue is large, so it is not copied: the
//! threads share one catalogue through a reference-counted pointer (it logs
//! the thread of each search). The counts come back in the order of the
//! queries.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered.
//!
//! Then make it compile and pass the tests, with one thread per query. Keep
//! sharing one catalogue (no copy per thread) and keep the shape of the API:
//! the caller hands over a shared pointer to the catalogue and can still use
//! its own afterwards.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::rc::Rc;
use std::sync::{Mutex, MutexGuard, PoisonError};
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

// PREDICT: E____ line __

// TODO: which pointer may be cloned on one thread and dropped on another?
pub fn count_in_parallel(catalogue: Rc<Catalogue>, words: &[&str]) -> Vec<usize> {
    let workers: Vec<_> = words
        .iter()
        .map(|word| {
            let catalogue = Rc::clone(&catalogue);
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
