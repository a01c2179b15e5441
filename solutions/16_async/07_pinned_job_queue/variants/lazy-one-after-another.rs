// variant: the right stored type and bounds, but the jobs still run one after another
// expect: tests

use std::future::Future;
use std::pin::Pin;

/// Jobs waiting to run, each producing a `T`.
pub struct JobQueue<T> {
    jobs: Vec<Pin<Box<dyn Future<Output = T> + Send>>>,
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
    pub async fn run_all(self) -> Vec<T> {
        let mut results = Vec::with_capacity(self.jobs.len());
        for job in self.jobs {
            results.push(job.await);
        }
        results
    }
}
