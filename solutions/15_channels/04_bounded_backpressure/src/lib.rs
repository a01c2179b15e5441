//! # Back-pressure: a reader that waits for its consumer
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
) -> (Receiver<String>, JoinHandle<usize>) {
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
