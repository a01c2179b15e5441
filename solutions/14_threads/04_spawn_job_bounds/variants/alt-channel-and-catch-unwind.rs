// variant: the result comes back through a channel, the panic caught on the worker
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver};
use std::thread;

/// A job running on its own thread; its outcome arrives on the channel.
pub struct JobHandle<T> {
    outcome: Receiver<thread::Result<T>>,
}

impl<T> JobHandle<T> {
    /// Waits for the job; `Err` carries the payload of a panic in the job.
    pub fn join(self) -> thread::Result<T> {
        self.outcome
            .recv()
            .unwrap_or_else(|_| Err(Box::new("the job's thread ended without a word")))
    }
}

pub fn spawn_job<F, T>(job: F) -> JobHandle<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    let (sender, outcome) = mpsc::channel();
    thread::spawn(move || {
        let result = panic::catch_unwind(AssertUnwindSafe(job));
        // The caller may have dropped its handle; then nobody wants it.
        let _ = sender.send(result);
    });
    JobHandle { outcome }
}
