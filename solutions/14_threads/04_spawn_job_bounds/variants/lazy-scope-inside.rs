// variant: runs the job on a scoped thread inside `spawn_job`, so no `'static` is needed
// expect: tests, case:job_borrows_a_local, case:job_moves_a_reference
use std::thread;

pub struct JobHandle<T> {
    result: thread::Result<T>,
}

impl<T> JobHandle<T> {
    pub fn join(self) -> thread::Result<T> {
        self.result
    }
}

pub fn spawn_job<F, T>(job: F) -> JobHandle<T>
where
    F: FnOnce() -> T + Send,
    T: Send,
{
    let result = thread::scope(|scope| scope.spawn(job).join());
    JobHandle { result }
}
