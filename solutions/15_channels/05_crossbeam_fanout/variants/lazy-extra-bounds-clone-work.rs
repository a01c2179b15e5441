// variant: fan_out's bounds widened to Send + Clone so each worker owns a clone
// expect: keep:api
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
    F: Fn(J) -> R + Sync + Send + Clone,
{
    let workers = workers.max(1);
    let (job_tx, job_rx) = crossbeam_channel::unbounded();
    for pair in jobs.into_iter().enumerate() {
        job_tx.send(pair).expect("the receiver is alive");
    }
    drop(job_tx);

    let (done_tx, done_rx) = crossbeam_channel::unbounded();
    thread::scope(|scope| {
        for worker in 0..workers {
            // Each worker owns its own copy of the closure.
            let (job_rx, done_tx, work) = (job_rx.clone(), done_tx.clone(), work.clone());
            scope.spawn(move || {
                for (job, input) in job_rx {
                    let _ = done_tx.send(Done {
                        job,
                        worker,
                        output: work(input),
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
