// variant: spawns every job but returns the results in the order they finish
// expect: tests, case:takes_a_job_that_is_send_but_not_sync

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
    pub async fn run_all(self) -> Vec<T> {
        let mut tasks = tokio::task::JoinSet::new();
        for job in self.jobs {
            tasks.spawn(job);
        }
        let mut results = Vec::with_capacity(tasks.len());
        while let Some(Ok(result)) = tasks.join_next().await {
            results.push(result);
        }
        results
    }
}
