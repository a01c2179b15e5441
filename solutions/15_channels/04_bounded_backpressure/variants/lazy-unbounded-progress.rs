// variant: returns a handle that reports nothing
// expect: keep:api, E0308
//! # Back-pressure: a reader that waits for its consumer
//!
//! `spawn_reader` starts a thread that hands lines (read from a big file,
//! here a `Vec`) to a consumer through a channel, and reports on `progress`
//! how many lines it has handed over so far, after each one. The consumer
//! is slower than the reader. With an unbounded channel the reader races
//! ahead and the whole file piles up in memory.
//!
//! Task:
//! - at most `capacity` lines may wait in the channel; when it is full, the
//!   reader must block until the consumer takes one. `capacity == 0` means
//!   no buffer at all: each line is handed over directly.
//! - when the consumer hangs up (drops its `Receiver`), the reader stops
//!   without panicking; the thread returns how many lines it handed over.
//!
//! A "handed over" line is one that `send` accepted. Keep the public API.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! `sync_channel(capacity)` has a queue of fixed size: `send` blocks while
//! it is full, so the reader can never be more than `capacity` lines ahead
//! of the consumer, and memory stays bounded. With `capacity == 0` it is a
//! rendezvous: each `send` waits for a matching `recv`. Its `Receiver` is
//! the same type as an unbounded channel's, so the API does not change.
//! `send` returns `Err` once the receiver is gone, also while blocked on a
//! full queue: that is the reader's signal to stop.

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

pub fn spawn_reader(
    lines: Vec<String>,
    capacity: usize,
    progress: Sender<usize>,
) -> (Receiver<String>, JoinHandle<()>) {
    let (tx, rx) = mpsc::sync_channel(capacity);
    let reader = thread::spawn(move || {
        let mut handed_over = 0;
        for line in lines {
            if tx.send(line).is_err() {
                break;
            }
            handed_over += 1;
            // Nobody may be watching the progress; that is fine.
            let _ = progress.send(handed_over);
        }
        handed_over
    });
    (rx, reader)
}
