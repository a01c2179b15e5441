// variant: waits in 1 ms timeouts and checks the shutdown between them
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

const TICK: std::time::Duration = std::time::Duration::from_millis(1);

fn announced(shutdown: &mut broadcast::Receiver<()>) -> bool {
    !matches!(
        shutdown.try_recv(),
        Err(broadcast::error::TryRecvError::Empty)
    )
}

/// Runs `work` until it finishes or a shutdown is announced, whichever comes
/// first.
pub async fn run_until_shutdown<F: Future>(
    work: F,
    shutdown: &mut broadcast::Receiver<()>,
) -> Outcome<F::Output> {
    let mut work = std::pin::pin!(work);
    loop {
        if announced(shutdown) {
            return Outcome::ShutDown;
        }
        if let Ok(value) = tokio::time::timeout(TICK, work.as_mut()).await {
            return Outcome::Finished(value);
        }
    }
}

/// Records jobs from `jobs` in the order they arrive, until the queue closes
/// or a shutdown is announced, and returns the jobs it recorded.
pub async fn worker(
    mut jobs: mpsc::Receiver<u32>,
    mut shutdown: broadcast::Receiver<()>,
) -> Vec<u32> {
    let mut done = Vec::new();
    while !announced(&mut shutdown) {
        match tokio::time::timeout(TICK, jobs.recv()).await {
            Ok(Some(job)) => done.push(job),
            Ok(None) => break,
            Err(_elapsed) => {}
        }
    }
    done
}
