// variant: turns each line into a String before sending, so the consumer can be spawned
// expect: rule:clippy::disallowed_methods

use std::future::Future;
use tokio::sync::mpsc;

/// Sends `lines` through a channel holding at most `capacity` lines at a time
/// (`capacity` must be at least 1) and returns them upper-cased, in order.
pub async fn shout_through_pipe<I>(lines: I, capacity: usize) -> Vec<String>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let (tx, mut rx) = mpsc::channel::<String>(capacity);
    let consumer = tokio::spawn(async move {
        let mut shouted = Vec::new();
        while let Some(line) = rx.recv().await {
            shouted.push(line.to_uppercase());
        }
        shouted
    });
    for line in lines {
        if tx.send(line.as_ref().to_string()).await.is_err() {
            break;
        }
    }
    drop(tx);
    consumer.await.unwrap_or_default()
}

/// Runs both loads and returns both results.
pub async fn load_both<A, B>(first: A, second: B) -> (A::Output, B::Output)
where
    A: Future,
    B: Future,
{
    tokio::join!(first, second)
}
