//! # A queue of different futures, pinned and boxed
//!
//! `JobQueue` collects jobs to run later. Every `async` block has a type of
//! its own, so the queue stores them as boxed trait objects. `run_all` runs
//! the jobs and returns their results in the order they were pushed.
//!
//! The service that uses it has three complaints:
//!
//! - No `async` block can be pushed, so the tests do not even compile. The
//!   queue asks for `Unpin` jobs, because a plain `Box<dyn Future>` can only
//!   be awaited when the future inside is `Unpin`. Fix the queue, not its
//!   callers: it must take any future, `async` blocks included, as it is.
//! - `run_all` runs one job after another, so a job waiting for a later one
//!   never finishes. The jobs must run concurrently (results still in push
//!   order).
//! - The queue is built on one task and run on another:
//!   `tokio::spawn(queue.run_all())` must compile (`tests/pass/`). A job
//!   that cannot move between threads must then be refused when it is
//!   pushed, with a compile error, not later (`tests/fail/`); any job that
//!   can move between threads (its result too) is taken, even one that
//!   cannot be shared.
//!
//! Task: change the stored type and the bounds so all three hold, and run the
//! jobs concurrently. Keep `new`, `push`, `len`, `is_empty` and `run_all`.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::future::Future;

/// Jobs waiting to run, each producing a `T`.
pub struct JobQueue<T> {
    // TODO: what else, besides `Unpin`, lets a boxed future be polled? And
    // what must be true of a job for a task on another thread to poll it?
    jobs: Vec<Box<dyn Future<Output = T> + Unpin>>,
}

impl<T> Default for JobQueue<T> {
    fn default() -> Self {
        Self { jobs: Vec::new() }
    }
}

impl<T> JobQueue<T> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a job; nothing runs until `run_all`.
    pub fn push<F>(&mut self, job: F)
    where
        // TODO: which futures does this bound shut out, and why are they not
        // `Unpin`?
        F: Future<Output = T> + Unpin + 'static,
    {
        self.jobs.push(Box::new(job));
    }

    pub fn len(&self) -> usize {
        self.jobs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty()
    }

    /// Runs every job and returns the results in push order.
    pub async fn run_all(self) -> Vec<T> {
        let mut results = Vec::with_capacity(self.jobs.len());
        // TODO: while one job waits, nothing else runs.
        for job in self.jobs {
            results.push(job.await);
        }
        results
    }
}
