// variant: asks for boxed futures
// expect: keep:signatures, E0277, E0599
//! # join!: two halves that need each other
//!
//! `shout_through_pipe` moves lines from a producer to a consumer through a
//! bounded tokio `mpsc` channel: the producer waits when the channel is full,
//! the consumer upper-cases what it receives. `load_both` runs two loads (say,
//! a user's profile and their orders) and returns both results.
//!
//! Both work in the small cases and hang in the others: a pipe longer than
//! its capacity never finishes, and two loads that wait on each other never
//! finish either. Each function runs its two parts one after the other.
//!
//! Task: run the two parts of each function concurrently, on the current
//! task, so that every test finishes. Keep the signatures and the channel's
//! capacity: the back-pressure is wanted, and a test checks that no more than
//! about `capacity` lines are ever in flight at once, so a bigger (or
//! unbounded) channel does not count as a fix.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! Awaiting one future after another runs them in sequence: while the first
//! is pending, the second is not even polled. A producer blocked on a full
//! channel then waits for a consumer that has not started, forever.
//! `tokio::join!` polls both futures on the same task, switching between them
//! at every await point, so each can make progress while the other waits.

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
        // `tx` is dropped here, which ends the consumer's loop.
    };
    let consumer = async move {
        let mut shouted = Vec::new();
        while let Some(line) = rx.recv().await {
            shouted.push(line.as_ref().to_uppercase());
        }
        shouted
    };
    let ((), shouted) = tokio::join!(producer, consumer);
    shouted
}

/// Runs both loads and returns both results.
pub async fn load_both<A, B>(first: Box<A>, second: Box<B>) -> (A::Output, B::Output)
where
    A: Future,
    B: Future,
{
    tokio::join!(first, second)
}
