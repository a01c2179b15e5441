// variant: the caller's thread sums the last chunk itself while the scoped workers sum the others
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

fn sum_chunk(chunk: &[u64]) -> (u64, Tally) {
    let tally = Tally::new();
    let sum = chunk.iter().inspect(|_| tally.record()).sum();
    (sum, tally)
}

pub fn parallel_sum(values: &[u64], threads: usize) -> Summary {
    let chunk_len = values.len().div_ceil(threads.max(1)).max(1);
    let mut chunks: Vec<&[u64]> = values.chunks(chunk_len).collect();
    let last = chunks.pop();
    let results: Vec<(u64, Tally)> = thread::scope(|scope| {
        let workers: Vec<_> = chunks
            .into_iter()
            .map(|chunk| scope.spawn(move || sum_chunk(chunk)))
            .collect();
        let mine = last.map(sum_chunk);
        let mut results: Vec<(u64, Tally)> = workers
            .into_iter()
            .map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect();
        results.extend(mine);
        results
    });
    Summary {
        total: results.iter().map(|(sum, _)| sum).sum(),
        per_worker: results.iter().map(|(_, tally)| tally.count()).collect(),
        threads: results
            .iter()
            .filter_map(|(_, tally)| tally.thread())
            .collect(),
    }
}
