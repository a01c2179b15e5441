// variant: polls the work once per turn and checks the shutdown with try_recv, yielding in between
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
    let mut work = std::pin::pin!(work);
    loop {
        if !matches!(
            shutdown.try_recv(),
            Err(broadcast::error::TryRecvError::Empty)
        ) {
            return Outcome::ShutDown;
        }
        let step = std::future::poll_fn(|cx| std::task::Poll::Ready(work.as_mut().poll(cx))).await;
        if let std::task::Poll::Ready(value) = step {
            return Outcome::Finished(value);
        }
        tokio::task::yield_now().await;
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
        if !matches!(
            shutdown.try_recv(),
            Err(broadcast::error::TryRecvError::Empty)
        ) {
            break;
        }
        match jobs.try_recv() {
            Ok(job) => done.push(job),
            Err(mpsc::error::TryRecvError::Disconnected) => break,
            Err(mpsc::error::TryRecvError::Empty) => tokio::task::yield_now().await,
        }
    }
    done
}
