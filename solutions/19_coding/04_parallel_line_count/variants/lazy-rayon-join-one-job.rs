// variant: rayon::join hands the whole sequential count to the pool as one job
// expect: rule:clippy::disallowed_methods

//! # Interview problem: counting matching lines in parallel
//!
//! "Count the lines of a big text that contain a given string, using all
//! cores. Do it once with rayon, and once with plain threads and a channel."
//!
//! A line is what `str::lines` yields: the text is split at `\n`, a `\r`
//! right before a `\n` is dropped (any other `\r`, even one that ends the
//! text, belongs to the line), the last line needs no `\n`, and a final
//! `\n` does not start another line. So "" has no lines, "a\n" has one,
//! "a\n\nb" has three, and "a\r" is the one line "a\r". Careful: not every
//! lookalike of `lines` agrees on that last case. A line matches when it
//! contains `needle`; an empty needle matches every line.
//!
//! `count_matching_rayon` splits the work with rayon's parallel iterators on
//! its global pool; a test holds that pool's threads and checks that the
//! count runs on them, not only on the caller's thread.
//!
//! `count_matching_threads` splits the lines among `workers` scoped threads
//! (at least one, even if asked for 0; a test checks that more workers
//! start more threads); each sends its count through an
//! `std::sync::mpsc` channel and the caller adds up what arrives. Plain
//! `std::thread::spawn` is not allowed, and a test reads this file to check
//! that this function (or a function it calls) opens a `thread::scope`,
//! spawns in it, and sends through a channel. Both functions must give the
//! same answer for every input.
//!
//! The draft has bugs in both. One of them makes the threads version wait
//! forever: the tests stop it after a few seconds and say so.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use rayon::prelude::*;
use std::sync::mpsc;
use std::thread;

/// A piece that ends at a `\n` (or at the end of the text), as `str::lines`
/// sees it: the `\n`, then a `\r` right before it, dropped.
fn as_line(piece: &str) -> &str {
    match piece.strip_suffix('\n') {
        Some(line) => line.strip_suffix('\r').unwrap_or(line),
        None => piece,
    }
}

pub fn count_matching_rayon(text: &str, needle: &str) -> usize {
    // The whole count handed to the pool as one job.
    let (count, ()) = rayon::join(
        || text.lines().filter(|line| line.contains(needle)).count(),
        || (),
    );
    count
}

pub fn count_matching_threads(text: &str, needle: &str, workers: usize) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    let workers = workers.max(1);
    let chunk_size = lines.len().div_ceil(workers).max(1);
    let (tx, rx) = mpsc::channel();
    thread::scope(|scope| {
        for chunk in lines.chunks(chunk_size) {
            let tx = tx.clone();
            scope.spawn(move || {
                let count = chunk.iter().filter(|line| line.contains(needle)).count();
                tx.send(count).expect("the receiver outlives the workers");
            });
        }
        drop(tx);
        rx.iter().sum()
    })
}
