//! # Predict: one channel, many log readers
//!
//! `merge_logs` reads several log sources at once, one thread per source:
//! each thread formats its source's lines as `"<source>: <line>"` and sends
//! them through a single `mpsc` channel, and the caller gathers them in one
//! list. Lines of different sources may interleave in any way, but each
//! source's lines keep their order.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered.
//!
//! Then make it compile and pass the tests, still with one channel and one
//! thread per source (a test checks which thread formatted each line).
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! A `move` closure takes `tx` itself, so the first iteration of the loop
//! moves the only `Sender` into the first thread, and the second iteration
//! has nothing left to move (E0382, reported at the closure). `Sender` is
//! cheap to clone: each clone is another producer for the same channel.
//!
//! Then the merging loop: the receiver's iterator ends once every `Sender`
//! is dropped. The original `tx` belongs to this function, so it is dropped
//! explicitly before reading; otherwise the loop would wait for it forever.
//! Counting the expected lines instead would hang if a reader thread died.

use std::sync::mpsc;
use std::thread;

pub struct Source {
    pub name: String,
    pub lines: Vec<String>,
}

// PREDICT: E0382 line 34

pub fn merge_logs(sources: Vec<Source>) -> Vec<String> {
    let (tx, rx) = mpsc::channel();
    for source in sources {
        let tx = tx.clone();
        thread::spawn(move || {
            for line in source.lines {
                // Fails only if the receiver is gone, and then nobody
                // wants the line any more.
                let _ = tx.send(format!("{}: {line}", source.name));
            }
        });
    }
    drop(tx);
    rx.iter().collect()
}
