//! # select!: stop when the shutdown is announced
//!
//! A server announces its shutdown on a tokio `broadcast` channel: every
//! subscriber receives the one message. Two pieces of code must listen:
//!
//! - `run_until_shutdown` runs one piece of work, but gives up on it as soon
//!   as a shutdown is announced. The work is then abandoned where it stands:
//!   what it had left to do must never happen.
//! - `worker` takes jobs from an `mpsc` queue and records them, until the
//!   queue closes or a shutdown is announced.
//!
//! Both only look at the shutdown channel once their own work is over, so a
//! shutdown never interrupts anything, and a worker with an idle, open queue
//! never stops. In both, every sender of the shutdown channel being gone
//! counts as a shutdown as well.
//!
//! Task: make both react to whichever happens first, by waiting for both at
//! once: while neither is ready, they sleep instead of checking again and
//! again, on a timer or not (a test counts how often they are woken). Once a
//! worker sees the shutdown it stops: jobs still queued are not recorded.
//! Keep the signatures.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! `tokio::select!` polls several futures and runs the branch of the first to
//! finish; every other future is dropped, which cancels it at the await point
//! where it was waiting. Any result from the broadcast receiver (a message,
//! the channel closed, or missed messages) is treated as a shutdown.

use std::future::Future;
use tokio::sync::{broadcast, mpsc};

/// How a piece of work ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome<T> {
    /// The work finished first, with this value.
    Finished(T),
    /// A shutdown came first; the work was dropped unfinished.
    ShutDown,
}

/// Runs `work` until it finishes or a shutdown is announced, whichever comes
/// first.
pub async fn run_until_shutdown<F: Future>(
    work: F,
    shutdown: &mut broadcast::Receiver<()>,
) -> Outcome<F::Output> {
    tokio::select! {
        value = work => Outcome::Finished(value),
        _ = shutdown.recv() => Outcome::ShutDown,
    }
}

/// Records jobs from `jobs` in the order they arrive, until the queue closes
/// or a shutdown is announced, and returns the jobs it recorded.
pub async fn worker(
    mut jobs: mpsc::Receiver<u32>,
    mut shutdown: broadcast::Receiver<()>,
) -> Vec<u32> {
    let mut done = Vec::new();
    loop {
        // Both `recv` futures are cancel safe: when the other branch wins,
        // dropping them loses no message.
        tokio::select! {
            _ = shutdown.recv() => break,
            job = jobs.recv() => match job {
                Some(job) => done.push(job),
                None => break,
            },
        }
    }
    done
}
