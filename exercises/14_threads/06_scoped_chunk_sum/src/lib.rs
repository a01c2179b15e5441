//! # A parallel sum over a borrowed slice
//!
//! `parallel_sum` splits a slice into at most `threads` contiguous chunks and
//! sums each chunk on its own thread. Every worker counts the values it
//! visits in its own `Tally`, a cheap single-thread counter that also notes
//! the thread it counted on, and the summary reports the total and, for each
//! worker, its count and its thread.
//!
//! It does not compile: the workers borrow chunks of `values`, and a thread
//! started with `thread::spawn` may outlive the call that lent them.
//!
//! Task: make it compile and pass the tests, still one thread per chunk,
//! without copying the values and without `'static` data (no `to_vec`, no
//! `Arc`, no `unsafe`, no `thread::spawn`): the function must keep working
//! on any borrowed slice. (Starting every worker before waiting for any is
//! what lets the chunks be summed side by side; the tests see which thread
//! summed each chunk, not whether they overlapped in time.) `threads == 0`
//! counts as one thread; an empty slice sums to 0 with no workers. Keep
//! `Tally` as it is: it is meant to be moved into a worker, never shared by
//! two threads at once.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::cell::Cell;
use std::thread::{self, ThreadId};

/// Counts through `&self` without atomics: `Send`, but not `Sync`.
#[derive(Debug, Default)]
pub struct Tally {
    seen: Cell<usize>,
    /// The thread of the first `record`.
    thread: Cell<Option<ThreadId>>,
}

impl Tally {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn record(&self) {
        if self.thread.get().is_none() {
            self.thread.set(Some(thread::current().id()));
        }
        self.seen.set(self.seen.get() + 1);
    }

    pub fn count(&self) -> usize {
        self.seen.get()
    }

    /// The thread it counted on; `None` before the first `record`.
    pub fn thread(&self) -> Option<ThreadId> {
        self.thread.get()
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Summary {
    pub total: u64,
    /// How many values each worker summed, in the order of the chunks.
    pub per_worker: Vec<usize>,
    /// The thread each worker summed on, in the order of the chunks.
    pub threads: Vec<ThreadId>,
}

pub fn parallel_sum(values: &[u64], threads: usize) -> Summary {
    let chunk_len = values.len().div_ceil(threads.max(1)).max(1);
    // TODO: these threads borrow `values`. Which kind of thread is
    // guaranteed to end before this function returns?
    let workers: Vec<_> = values
        .chunks(chunk_len)
        .map(|chunk| {
            thread::spawn(move || {
                let tally = Tally::new();
                let sum: u64 = chunk.iter().inspect(|_| tally.record()).sum();
                (sum, tally)
            })
        })
        .collect();
    let mut summary = Summary {
        total: 0,
        per_worker: Vec::new(),
        threads: Vec::new(),
    };
    for worker in workers {
        let (sum, tally) = worker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        summary.total += sum;
        summary.per_worker.push(tally.count());
        summary.threads.extend(tally.thread());
    }
    summary
}
