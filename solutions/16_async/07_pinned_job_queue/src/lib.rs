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
//!
//! ## The solution
//!
//! `Pin<Box<dyn Future<Output = T> + Send>>` is the usual shape for a
//! collection of futures of different types. `Box` erases the type. `Pin`
//! promises the future will not move once polled: a future that is not
//! `Unpin` (no `async` block is) can only be polled behind that promise, and
//! `Box::pin` gives it for any future, so `push` needs no `Unpin` bound.
//! `+ Send` is part of the trait object's type, so it must be written out:
//! without it the boxed future is not `Send` and no task on another thread
//! may own it. Requiring `F: Send` at `push` rejects a bad job where it is
//! written. Each job is then spawned as its own task; the handles are awaited
//! in push order.

use std::future::Future;
use std::pin::Pin;

/// A boxed job that any worker thread may run.
type Job<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// Jobs waiting to run, each producing a `T`.
pub struct JobQueue<T> {
    jobs: Vec<Job<T>>,
}

impl<T> Default for JobQueue<T> {
    fn default() -> Self {
        Self { jobs: Vec::new() }
    }
}

impl<T: Send + 'static> JobQueue<T> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a job; nothing runs until `run_all`.
    pub fn push<F>(&mut self, job: F)
    where
        F: Future<Output = T> + Send + 'static,
    {
        self.jobs.push(Box::pin(job));
    }

    pub fn len(&self) -> usize {
        self.jobs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty()
    }

    /// Runs every job and returns the results in push order.
    ///
    /// # Panics
    ///
    /// Panics if a job panics, as awaiting it directly would.
    pub async fn run_all(self) -> Vec<T> {
        let handles: Vec<_> = self.jobs.into_iter().map(tokio::spawn).collect();
        let mut results = Vec::with_capacity(handles.len());
        for handle in handles {
            match handle.await {
                Ok(result) => results.push(result),
                Err(error) => std::panic::resume_unwind(error.into_panic()),
            }
        }
        results
    }
}
