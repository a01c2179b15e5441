// variant: asks for a `'static` work function
// expect: keep:api, E0373
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
//!
//! ## The solution
//!
//! All jobs go on one crossbeam channel. Its `Receiver` is `Clone` (the
//! channel is multi-producer, multi-consumer), so every worker holds a
//! clone and loops `for job in receiver`: whoever is free takes the next
//! job, and each message is delivered to exactly one receiver. Dropping the
//! job `Sender` once the queue is filled makes every worker's loop end when
//! the queue is empty; dropping the original results `Sender` lets the
//! gathering loop end after the last worker.

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
    F: Fn(J) -> R + Send + Sync + 'static,
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
        for worker in 0..workers {
            let (job_rx, done_tx) = (job_rx.clone(), done_tx.clone());
            scope.spawn(move || {
                for (job, input) in job_rx {
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
