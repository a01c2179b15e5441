//! # A background job runner: what may cross to another thread?
//!
//! `thread::spawn` itself asks for `F: FnOnce() -> T + Send + 'static` and
//! `T: Send + 'static`, and a wrapper has to repeat those bounds:
//! - `Send` on the closure: everything it captures is moved to the new
//!   thread, so an `Rc` (whose count is not atomic) is refused;
//! - `'static` on the closure: the thread may outlive the caller's frame, so
//!   it must not borrow the caller's locals;
//! - `Send + 'static` on the result: it travels back through the handle.

use std::thread::{self, JoinHandle};

/// A job running on its own thread.
pub struct JobHandle<T> {
    worker: JoinHandle<T>,
}

impl<T> JobHandle<T> {
    /// Waits for the job; `Err` carries the payload of a panic in the job.
    pub fn join(self) -> thread::Result<T> {
        self.worker.join()
    }
}

pub fn spawn_job<F, T>(job: F) -> JobHandle<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    JobHandle {
        worker: thread::spawn(job),
    }
}
