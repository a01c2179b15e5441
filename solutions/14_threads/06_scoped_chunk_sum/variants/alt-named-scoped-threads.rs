// variant: `Builder::spawn_scoped` with named threads, under the learner's own `forbid(unsafe_code)`
#![forbid(unsafe_code)]

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
    thread::scope(|scope| {
        let workers: Vec<_> = values
            .chunks(chunk_len)
            .enumerate()
            .map(|(index, chunk)| {
                thread::Builder::new()
                    .name(format!("chunk-{index}"))
                    .spawn_scoped(scope, move || {
                        let tally = Tally::new();
                        let mut sum = 0;
                        for value in chunk {
                            tally.record();
                            sum += value;
                        }
                        (sum, tally)
                    })
                    .unwrap_or_else(|err| panic!("cannot start a worker: {err}"))
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
    })
}
