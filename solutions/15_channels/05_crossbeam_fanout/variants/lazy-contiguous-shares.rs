// variant: deals the jobs out in contiguous blocks instead of one queue
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
    let per_worker = jobs.len().div_ceil(workers).max(1);
    let mut shares: Vec<Vec<(usize, J)>> = (0..workers).map(|_| Vec::new()).collect();
    for (index, job) in jobs.into_iter().enumerate() {
        if let Some(share) = shares.get_mut(index / per_worker) {
            share.push((index, job));
        }
    }
    let (done_tx, done_rx) = crossbeam_channel::unbounded();
    let work = &work;
    thread::scope(|scope| {
        for (worker, share) in shares.into_iter().enumerate() {
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                for (job, input) in share {
                    let output = work(input);
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
