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

use std::sync::mpsc;
use std::thread;

pub struct Source {
    pub name: String,
    pub lines: Vec<String>,
}

// PREDICT: E____ line __

pub fn merge_logs(sources: Vec<Source>) -> Vec<String> {
    let expected: usize = sources.iter().map(|source| source.lines.len()).sum();
    let (tx, rx) = mpsc::channel();
    for source in sources {
        // TODO: how many threads can own one `Sender`?
        thread::spawn(move || {
            for line in source.lines {
                let _ = tx.send(format!("{}: {line}", source.name));
            }
        });
    }
    rx.iter().take(expected).collect()
}
