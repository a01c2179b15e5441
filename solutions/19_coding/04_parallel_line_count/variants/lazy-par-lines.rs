// variant: rayon's par_lines, which strips a bare carriage return at the very end
// expect: tests
use rayon::prelude::*;
use std::sync::mpsc;
use std::thread;

pub fn count_matching_rayon(text: &str, needle: &str) -> usize {
    text.par_lines()
        .filter(|line| line.contains(needle))
        .count()
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
