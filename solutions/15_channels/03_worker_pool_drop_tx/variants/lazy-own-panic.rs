// variant: drops the Sender but reports a dead worker with a panic of its own
// expect: tests

use std::sync::mpsc;
use std::thread;

pub fn word_counts<D>(documents: Vec<D>, workers: usize) -> Vec<usize>
where
    D: AsRef<str> + Send + 'static,
{
    let workers = workers.max(1);
    let mut shares: Vec<Vec<(usize, D)>> = (0..workers).map(|_| Vec::new()).collect();
    for (index, document) in documents.into_iter().enumerate() {
        shares[index % workers].push((index, document));
    }

    let (tx, rx) = mpsc::channel();
    let pool: Vec<_> = shares
        .into_iter()
        .map(|share| {
            let tx = tx.clone();
            thread::spawn(move || {
                for (index, document) in share {
                    let _ = tx.send((index, document.as_ref().split_whitespace().count()));
                }
            })
        })
        .collect();
    drop(tx);

    let mut results: Vec<(usize, usize)> = rx.iter().collect();
    for worker in pool {
        worker.join().expect("a worker panicked");
    }
    results.sort_unstable();
    results.into_iter().map(|(_, count)| count).collect()
}
