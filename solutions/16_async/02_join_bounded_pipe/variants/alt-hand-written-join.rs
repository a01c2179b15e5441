// variant: both joins written by hand with poll_fn over two pinned futures

use std::future::{Future, poll_fn};
use std::pin::pin;
use std::task::Poll;
use tokio::sync::mpsc;

/// Polls both futures on the current task until both are done.
async fn both<A: Future, B: Future>(first: A, second: B) -> (A::Output, B::Output) {
    let (mut first, mut second) = (pin!(first), pin!(second));
    let (mut first_out, mut second_out) = (None, None);
    poll_fn(|cx| {
        if first_out.is_none()
            && let Poll::Ready(value) = first.as_mut().poll(cx)
        {
            first_out = Some(value);
        }
        if second_out.is_none()
            && let Poll::Ready(value) = second.as_mut().poll(cx)
        {
            second_out = Some(value);
        }
        match (first_out.take(), second_out.take()) {
            (Some(a), Some(b)) => Poll::Ready((a, b)),
            (a, b) => {
                first_out = a;
                second_out = b;
                Poll::Pending
            }
        }
    })
    .await
}

/// Sends `lines` through a channel holding at most `capacity` lines at a time
/// (`capacity` must be at least 1) and returns them upper-cased, in order.
pub async fn shout_through_pipe<I>(lines: I, capacity: usize) -> Vec<String>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let (tx, mut rx) = mpsc::channel(capacity);
    let producer = async move {
        for line in lines {
            if tx.send(line).await.is_err() {
                break;
            }
        }
    };
    let consumer = async move {
        let mut shouted = Vec::new();
        while let Some(line) = rx.recv().await {
            shouted.push(line.as_ref().to_uppercase());
        }
        shouted
    };
    both(producer, consumer).await.1
}

/// Runs both loads and returns both results.
pub async fn load_both<A, B>(first: A, second: B) -> (A::Output, B::Output)
where
    A: Future,
    B: Future,
{
    both(first, second).await
}
