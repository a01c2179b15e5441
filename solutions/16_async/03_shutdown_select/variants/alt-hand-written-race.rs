// variant: a race written by hand with poll_fn over the two pinned futures

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

use std::future::poll_fn;
use std::pin::pin;
use std::task::Poll;

/// Whichever of `a` and `b` finishes first; the other is dropped.
async fn race<A: Future, B: Future>(a: A, b: B) -> Result<A::Output, B::Output> {
    let (mut a, mut b) = (pin!(a), pin!(b));
    poll_fn(|cx| {
        if let Poll::Ready(value) = b.as_mut().poll(cx) {
            return Poll::Ready(Err(value));
        }
        a.as_mut().poll(cx).map(Ok)
    })
    .await
}

/// Runs `work` until it finishes or a shutdown is announced, whichever comes
/// first.
pub async fn run_until_shutdown<F: Future>(
    work: F,
    shutdown: &mut broadcast::Receiver<()>,
) -> Outcome<F::Output> {
    match race(work, shutdown.recv()).await {
        Ok(value) => Outcome::Finished(value),
        Err(_) => Outcome::ShutDown,
    }
}

/// Records jobs from `jobs` in the order they arrive, until the queue closes
/// or a shutdown is announced, and returns the jobs it recorded.
pub async fn worker(
    mut jobs: mpsc::Receiver<u32>,
    mut shutdown: broadcast::Receiver<()>,
) -> Vec<u32> {
    let mut done = Vec::new();
    while let Ok(Some(job)) = race(jobs.recv(), shutdown.recv()).await {
        done.push(job);
    }
    done
}
