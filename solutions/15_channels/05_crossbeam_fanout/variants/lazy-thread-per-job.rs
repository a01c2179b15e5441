// variant: a thread for every job, named after a worker
// expect: tests

use std::thread;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done<R> {
    /// The index of the job in the input.
    pub job: usize,
    /// Which worker did it, in `0..workers`.
    pub worker: usize,
    pub output: R,
}

pub fn fan_out<J, R, F>(jobs: Vec<J>, workers: usize, work: F) -> Vec<Done<R>>
where
    J: Send,
    R: Send,
    F: Fn(J) -> R + Sync,
{
    let workers = workers.max(1);
    let work = &work;
    let mut done: Vec<Done<R>> = thread::scope(|scope| {
        let threads: Vec<_> = jobs
            .into_iter()
            .enumerate()
            .map(|(job, input)| {
                scope.spawn(move || Done {
                    job,
                    worker: job % workers,
                    output: work(input),
                })
            })
            .collect();
        threads
            .into_iter()
            .map(|thread| match thread.join() {
                Ok(done) => done,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    done.sort_by_key(|done| done.job);
    done
}
