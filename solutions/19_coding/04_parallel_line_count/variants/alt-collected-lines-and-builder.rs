// variant: std's lines collected then par_iter; threads from Builder::spawn_scoped in a helper, a sync_channel
use rayon::prelude::*;
use std::sync::mpsc;
use std::thread;

pub fn count_matching_rayon(text: &str, needle: &str) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .par_iter()
        .filter(|line| line.contains(needle))
        .count()
}

pub fn count_matching_threads(text: &str, needle: &str, workers: usize) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    let workers = workers.clamp(1, lines.len().max(1));
    let chunk_size = lines.len().div_ceil(workers).max(1);
    let chunks: Vec<&[&str]> = lines.chunks(chunk_size).collect();
    let (tx, rx) = mpsc::sync_channel(chunks.len());
    thread::scope(|scope| {
        for chunk in &chunks {
            spawn_counter(scope, chunk, needle, tx.clone());
        }
    });
    drop(tx);
    rx.iter().sum()
}

fn spawn_counter<'scope>(
    scope: &'scope thread::Scope<'scope, '_>,
    chunk: &'scope [&'scope str],
    needle: &'scope str,
    tx: mpsc::SyncSender<usize>,
) {
    thread::Builder::new()
        .name("line-counter".into())
        .spawn_scoped(scope, move || {
            let count = chunk.iter().filter(|line| line.contains(needle)).count();
            tx.send(count).expect("the receiver outlives the workers");
        })
        .expect("a thread can be started");
}
