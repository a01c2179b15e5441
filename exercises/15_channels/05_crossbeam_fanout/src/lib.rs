//! # Fan-out: workers that take the next job from one queue
//!
//! `fan_out` runs `work` on every job with a pool of `workers` threads and
//! returns one `Done` per job, sorted by job index, saying which worker did
//! it. `workers == 0` counts as one worker.
//!
//! It gives the right answers, but slowly: each worker gets a fixed share
//! of the jobs up front (every `workers`-th job). One slow job holds up the
//! rest of its worker's share while the other workers sit idle, and a job
//! that waits for other jobs to finish can wait forever.
//!
//! Task: put all jobs on one shared queue that every worker takes from, so
//! a free worker always picks up the next waiting job. `std::sync::mpsc`
//! allows a single receiver; `crossbeam-channel` (already a dependency)
//! has receivers that can be cloned. Every job must still be done exactly
//! once. Keep the public API.
//!
//! Run `cargo run -p checker watch` and save to check your work.

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
    // TODO: a fixed share per worker. What would let an idle worker take
    // a job that is still waiting in another worker's share?
    let mut shares: Vec<Vec<(usize, J)>> = (0..workers).map(|_| Vec::new()).collect();
    for (index, job) in jobs.into_iter().enumerate() {
        shares[index % workers].push((index, job));
    }

    let (done_tx, done_rx) = crossbeam_channel::unbounded();
    let work = &work;
    thread::scope(|scope| {
        for (worker, share) in shares.into_iter().enumerate() {
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                for (job, input) in share {
                    let output = work(input);
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
