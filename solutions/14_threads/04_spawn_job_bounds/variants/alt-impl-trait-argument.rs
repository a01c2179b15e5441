// variant: the job as an `impl Trait` argument, the handle a tuple struct
use std::thread::{self, JoinHandle};

/// A job running on its own thread.
pub struct JobHandle<T>(JoinHandle<T>);

impl<T> JobHandle<T> {
    /// Waits for the job; `Err` carries the payload of a panic in the job.
    pub fn join(self) -> std::thread::Result<T> {
        self.0.join()
    }
}

pub fn spawn_job<T: Send + 'static>(job: impl FnOnce() -> T + Send + 'static) -> JobHandle<T> {
    JobHandle(thread::spawn(job))
}
