//! # A background job runner: what may cross to another thread?
//!
//! `spawn_job` is meant to start a job on a background thread and return at
//! once with a `JobHandle`; `JobHandle::join` waits for the job and gives its
//! result, or the panic payload if the job panicked. Today it cheats: it runs
//! the job right away on the caller's thread, so the caller blocks and a
//! panicking job blows up in `spawn_job` itself.
//!
//! Task: run each job on its own thread. The signature of `spawn_job` must
//! say what a job needs to be allowed to do that, so the compiler rejects a
//! job that captures an `Rc`, a job that borrows the caller's locals, and a
//! job whose result cannot be sent back (see `tests/fail`). Keep the names
//! `spawn_job`, `JobHandle` and `join`, and keep `join` returning
//! `std::thread::Result<T>`.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
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
