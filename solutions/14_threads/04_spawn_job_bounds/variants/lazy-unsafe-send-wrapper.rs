// variant: asks only for `'static` and smuggles the job and its result across in an `unsafe impl Send` wrapper
// expect: rule:unsafe_code
use std::thread::{self, JoinHandle};

struct AssertSend<T>(T);

// SAFETY: none; this is the shortcut the lesson forbids.
unsafe impl<T> Send for AssertSend<T> {}

impl<T> AssertSend<T> {
    fn into_inner(self) -> T {
        self.0
    }
}

pub struct JobHandle<T> {
    worker: JoinHandle<AssertSend<T>>,
}

impl<T> JobHandle<T> {
    pub fn join(self) -> thread::Result<T> {
        self.worker.join().map(AssertSend::into_inner)
    }
}

pub fn spawn_job<F, T>(job: F) -> JobHandle<T>
where
    F: FnOnce() -> T + 'static,
    T: 'static,
{
    let job = AssertSend(job);
    let worker = thread::spawn(move || {
        let job = job.into_inner();
        AssertSend(job())
    });
    JobHandle { worker }
}
