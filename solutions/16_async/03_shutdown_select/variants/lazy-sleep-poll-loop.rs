// variant: a try_recv loop that sleeps 45 ms between checks
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
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;
use tokio::sync::broadcast::error::TryRecvError;
use tokio::sync::mpsc::error::TryRecvError as JobError;

const TICK: Duration = Duration::from_millis(45);

fn announced(shutdown: &mut broadcast::Receiver<()>) -> bool {
    !matches!(shutdown.try_recv(), Err(TryRecvError::Empty))
}

/// Runs `work` until it finishes or a shutdown is announced, whichever comes
/// first.
pub async fn run_until_shutdown<F: Future>(
    work: F,
    shutdown: &mut broadcast::Receiver<()>,
) -> Outcome<F::Output> {
    let mut work = pin!(work);
    loop {
        if announced(shutdown) {
            return Outcome::ShutDown;
        }
        if let Poll::Ready(value) = work.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            return Outcome::Finished(value);
        }
        tokio::time::sleep(TICK).await;
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
        match jobs.try_recv() {
            Ok(job) => done.push(job),
            Err(JobError::Disconnected) => break,
            Err(JobError::Empty) => {
                if announced(&mut shutdown) {
                    break;
                }
                tokio::time::sleep(TICK).await;
            }
        }
    }
    done
}
