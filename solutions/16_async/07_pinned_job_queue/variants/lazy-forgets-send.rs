// variant: pins the jobs but never asks for Send, running them on the calling task
// expect: case:runs_on_a_spawned_task, case:rejects_a_job_that_is_not_send, case:takes_a_job_that_is_send_but_not_sync

use std::future::{Future, poll_fn};
use std::pin::Pin;
use std::task::Poll;

type Job<T> = Pin<Box<dyn Future<Output = T>>>;

/// Jobs waiting to run, each producing a `T`.
pub struct JobQueue<T> {
    jobs: Vec<Job<T>>,
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
        F: Future<Output = T> + 'static,
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
        let mut jobs: Vec<Option<Job<T>>> = self.jobs.into_iter().map(Some).collect();
        let mut results: Vec<Option<T>> = jobs.iter().map(|_| None).collect();
        poll_fn(|cx| {
            let mut pending = false;
            for (slot, result) in jobs.iter_mut().zip(results.iter_mut()) {
                if let Some(job) = slot {
                    match job.as_mut().poll(cx) {
                        Poll::Ready(value) => {
                            *result = Some(value);
                            *slot = None;
                        }
                        Poll::Pending => pending = true,
                    }
                }
            }
            if pending {
                Poll::Pending
            } else {
                Poll::Ready(())
            }
        })
        .await;
        results.into_iter().flatten().collect()
    }
}
