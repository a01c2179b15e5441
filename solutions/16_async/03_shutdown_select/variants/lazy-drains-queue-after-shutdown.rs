// variant: records the jobs still queued when the shutdown arrives
// expect: tests
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
        _ = shutdown.recv() => Outcome::ShutDown,
        value = work => Outcome::Finished(value),
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
        tokio::select! {
            _ = shutdown.recv() => {
                // Slip: "finish what is queued" before stopping.
                while let Ok(job) = jobs.try_recv() {
                    done.push(job);
                }
                break;
            }
            job = jobs.recv() => match job {
                Some(job) => done.push(job),
                None => break,
            },
        }
    }
    done
}
