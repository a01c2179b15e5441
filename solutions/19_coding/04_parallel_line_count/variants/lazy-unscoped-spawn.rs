// variant: plain thread::spawn over owned copies of the lines
// expect: rule:clippy::disallowed_methods
use rayon::prelude::*;
use std::sync::mpsc;
use std::thread;

pub fn count_matching_rayon(text: &str, needle: &str) -> usize {
    text.par_split_inclusive('\n')
        .map(line_content)
        .filter(|line| line.contains(needle))
        .count()
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
    let lines: Vec<String> = text.lines().map(String::from).collect();
    let chunk_size = lines.len().div_ceil(workers.max(1)).max(1);
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();
    for chunk in lines.chunks(chunk_size) {
        let chunk = chunk.to_vec();
        let needle = needle.to_string();
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            let count = chunk.iter().filter(|line| line.contains(&needle)).count();
            tx.send(count).expect("the receiver outlives the workers");
        }));
    }
    drop(tx);
    let total = rx.iter().sum();
    for handle in handles {
        handle.join().expect("a worker panicked");
    }
    total
}
