// variant: std only: the jobs' iterator behind a Mutex that every worker locks for the next job

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
    let queue = std::sync::Mutex::new(jobs.into_iter().enumerate());
    let work = &work;
    let queue = &queue;
    let mut done: Vec<Done<R>> = thread::scope(|scope| {
        let pool: Vec<_> = (0..workers)
            .map(|worker| {
                scope.spawn(move || {
                    let mut done = Vec::new();
                    loop {
                        // The guard is a temporary: the lock is released
                        // before the job runs.
                        let next = match queue.lock() {
                            Ok(mut jobs) => jobs.next(),
                            Err(_) => None,
                        };
                        let Some((job, input)) = next else { break };
                        done.push(Done {
                            job,
                            worker,
                            output: work(input),
                        });
                    }
                    done
                })
            })
            .collect();
        pool.into_iter()
            .flat_map(|worker| match worker.join() {
                Ok(done) => done,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    done.sort_by_key(|done| done.job);
    done
}
