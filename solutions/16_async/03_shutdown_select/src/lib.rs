//! # select!: stop when the shutdown is announced
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
