// variant: sleeps 1 ms at a time until every worker is_finished, then drops tx and drains
// expect: rule:clippy::disallowed_methods
//! # A worker pool that never reports back
//!
//! `word_counts` counts the words of many documents (anything that reads as
//! text: `String`, `&'static str`...) on a small pool of worker threads.
//! Worker `w` takes documents `w`, `w + workers`, `w + 2 * workers`... and
//! sends `(document index, word count)` back on a shared results channel;
//! the caller gathers the results and returns the counts in document order.
//! `workers == 0` counts as one worker. If a worker panics, its panic is
//! passed on to the caller of `word_counts`.
//!
//! It compiles, and every worker finishes its share quickly, yet
//! `word_counts` never returns: the tests hang until the checker's time
//! limit stops them.
//!
//! Task: find out why gathering never ends, and fix it: the loop over the
//! receiver must end by itself once no worker can send any more (not on a
//! timeout, nor when the queue merely looks empty), even when a worker dies
//! before sending its share (a test checks that `word_counts` then panics
//! instead of waiting forever). Counting the expected results is no fix on
//! its own: a count is never reached when a worker dies. Keep the workers
//! and the public API.
//!
//! Run `cargo run -p checker watch` and save to check your work.
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

pub fn word_counts<D>(documents: Vec<D>, workers: usize) -> Vec<usize>
where
    D: AsRef<str> + Send + 'static,
{
    let workers = workers.max(1);
    let mut shares: Vec<Vec<(usize, D)>> = (0..workers).map(|_| Vec::new()).collect();
    for (index, document) in documents.into_iter().enumerate() {
        shares[index % workers].push((index, document));
    }

    let (tx, rx) = mpsc::channel();
    let pool: Vec<_> = shares
        .into_iter()
        .map(|share| {
            let tx = tx.clone();
            thread::spawn(move || {
                for (index, document) in share {
                    let _ = tx.send((index, document.as_ref().split_whitespace().count()));
                }
            })
        })
        .collect();

    // Check every millisecond whether the workers are all done; after that
    // nothing more can arrive, so our own sender can go.
    while !pool.iter().all(|worker| worker.is_finished()) {
        thread::sleep(Duration::from_millis(1));
    }
    drop(tx);
    let mut results: Vec<(usize, usize)> = rx.iter().collect();
    for worker in pool {
        if let Err(panic) = worker.join() {
            std::panic::resume_unwind(panic);
        }
    }
    results.sort_unstable();
    results.into_iter().map(|(_, count)| count).collect()
}
