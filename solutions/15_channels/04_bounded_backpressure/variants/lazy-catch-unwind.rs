// variant: send(..).expect(..) on hang-up, the panic caught by catch_unwind
// expect: tests
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
use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

pub fn spawn_reader(
    lines: Vec<String>,
    capacity: usize,
    progress: Sender<usize>,
) -> (Receiver<String>, JoinHandle<usize>) {
    let (tx, rx) = mpsc::sync_channel(capacity);
    let reader = thread::spawn(move || {
        let handed_over = Cell::new(0);
        // A consumer that hangs up makes `send` fail; stop there.
        let _ = panic::catch_unwind(AssertUnwindSafe(|| {
            for line in lines {
                tx.send(line).expect("the consumer hung up");
                handed_over.set(handed_over.get() + 1);
                let _ = progress.send(handed_over.get());
            }
        }));
        handed_over.get()
    });
    (rx, reader)
}
