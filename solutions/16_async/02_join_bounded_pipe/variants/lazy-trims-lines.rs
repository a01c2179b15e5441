// variant: trims the lines as well as upper-casing them
// expect: tests
use std::future::Future;
use tokio::sync::mpsc;

/// Sends `lines` through a channel holding at most `capacity` lines at a time
/// (`capacity` must be at least 1) and returns them upper-cased, in order.
/// Lines are taken from `lines` only as fast as the channel accepts them, and
/// each one is dropped once it has been shouted.
pub async fn shout_through_pipe<I>(lines: I, capacity: usize) -> Vec<String>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let (tx, mut rx) = mpsc::channel(capacity);
    let producer = async move {
        for line in lines {
            if tx.send(line).await.is_err() {
                break; // The consumer is gone: nobody left to send to.
            }
        }
    };
    let consumer = async move {
        let mut shouted = Vec::new();
        while let Some(line) = rx.recv().await {
            shouted.push(line.as_ref().trim().to_uppercase());
        }
        shouted
    };
    let ((), shouted) = tokio::join!(producer, consumer);
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
