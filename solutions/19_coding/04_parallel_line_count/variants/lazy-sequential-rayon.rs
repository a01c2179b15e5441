// variant: the rayon version counts on the caller's thread
// expect: tests
use std::sync::mpsc;
use std::thread;

pub fn count_matching_rayon(text: &str, needle: &str) -> usize {
    text.lines().filter(|line| line.contains(needle)).count()
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
                tx.send(count).expect("the receiver outlives the workers");
            });
        }
        drop(tx);
        rx.iter().sum()
    })
}
