// variant: builds a fresh rayon pool for every call
// expect: tests
use rayon::prelude::*;
use std::sync::mpsc;
use std::thread;

pub fn count_matching_rayon(text: &str, needle: &str) -> usize {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .expect("a pool can be built");
    pool.install(|| {
        text.par_split_inclusive('\n')
            .map(line_content)
            .filter(|line| line.contains(needle))
            .count()
    })
}

/// A piece of `split_inclusive('\n')` without its line ending: the `\n`,
/// and a `\r` only when it stood right before that `\n`.
fn line_content(piece: &str) -> &str {
    match piece.strip_suffix('\n') {
        Some(line) => line.strip_suffix('\r').unwrap_or(line),
        None => piece,
    }
}

pub fn count_matching_threads(text: &str, needle: &str, workers: usize) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    let chunk_size = lines.len().div_ceil(workers.max(1)).max(1);
    let (tx, rx) = mpsc::channel();
    thread::scope(|scope| {
        for chunk in lines.chunks(chunk_size) {
            let tx = tx.clone();
            scope.spawn(move || {
                let count = chunk.iter().filter(|line| line.contains(needle)).count();
                // The receiver lives until every sender is gone.
                tx.send(count).expect("the receiver outlives the workers");
            });
        }
        drop(tx);
        rx.iter().sum()
    })
}
