// variant: no bound on the impl block: Send + 'static asked where each method needs it

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
    pub async fn run_all(self) -> Vec<T>
    where
        T: Send + 'static,
    {
        let mut tasks = tokio::task::JoinSet::new();
        for (index, job) in self.jobs.into_iter().enumerate() {
            tasks.spawn(async move { (index, job.await) });
        }
        let mut results: Vec<(usize, T)> = Vec::with_capacity(tasks.len());
        while let Some(finished) = tasks.join_next().await {
            match finished {
                Ok(result) => results.push(result),
                Err(error) => std::panic::resume_unwind(error.into_panic()),
            }
        }
        results.sort_by_key(|&(index, _)| index);
        results.into_iter().map(|(_, result)| result).collect()
    }
}
