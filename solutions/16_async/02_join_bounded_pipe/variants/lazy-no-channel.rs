// variant: no channel at all: each line upper-cased as soon as it is taken
// expect: tests
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

use std::future::Future;

/// Sends `lines` through a channel holding at most `capacity` lines at a time
/// (`capacity` must be at least 1) and returns them upper-cased, in order.
/// Lines are taken from `lines` only as fast as the channel accepts them, and
/// each one is dropped once it has been shouted.
pub async fn shout_through_pipe<I>(lines: I, capacity: usize) -> Vec<String>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    assert!(capacity >= 1, "capacity must be at least 1");
    // One line at a time is even less in flight than the channel allows.
    lines
        .into_iter()
        .map(|line| line.as_ref().to_uppercase())
        .collect()
}

/// Runs both loads and returns both results.
pub async fn load_both<A, B>(first: A, second: B) -> (A::Output, B::Output)
where
    A: Future,
    B: Future,
{
    tokio::join!(first, second)
}
