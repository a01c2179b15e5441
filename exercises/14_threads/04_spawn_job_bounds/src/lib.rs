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

// TODO: what should the handle hold while the job runs elsewhere?
pub struct JobHandle<T> {
    result: T,
}

impl<T> JobHandle<T> {
    /// Waits for the job; `Err` carries the payload of a panic in the job.
    pub fn join(self) -> std::thread::Result<T> {
        Ok(self.result)
    }
}

// TODO: which promises must the job and its result make before they may
// move to another thread, and how long must they be able to live there?
pub fn spawn_job<F, T>(job: F) -> JobHandle<T>
where
    F: FnOnce() -> T,
{
    JobHandle { result: job() }
}
