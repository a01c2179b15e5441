// variant: one shared queue, but each result names worker job % workers, not the one that did it
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

    let (job_tx, job_rx) = crossbeam_channel::bounded(jobs.len());
    for job in jobs.into_iter().enumerate() {
        // The queue has room for every job and `job_rx` is alive: a send
        // can neither block nor fail here.
        let _ = job_tx.send(job);
    }
    drop(job_tx);

    let (done_tx, done_rx) = crossbeam_channel::unbounded();
    let work = &work;
    thread::scope(|scope| {
        for _ in 0..workers {
            let (job_rx, done_tx) = (job_rx.clone(), done_tx.clone());
            scope.spawn(move || {
                for (job, input) in job_rx {
                    let output = work(input);
                    let worker = job % workers;
                    // `done_rx` lives until after the scope: this cannot fail.
                    let _ = done_tx.send(Done {
                        job,
                        worker,
                        output,
                    });
                }
            });
        }
    });
    drop(done_tx);

    let mut done: Vec<Done<R>> = done_rx.iter().collect();
    done.sort_by_key(|done| done.job);
    done
}
