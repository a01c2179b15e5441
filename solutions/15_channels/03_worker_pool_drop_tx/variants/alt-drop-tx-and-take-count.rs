// variant: drops its Sender, and also stops after as many results as documents
use std::sync::mpsc;
use std::thread;

pub fn word_counts<D>(documents: Vec<D>, workers: usize) -> Vec<usize>
where
    D: AsRef<str> + Send + 'static,
{
    let workers = workers.max(1);
    let expected = documents.len();
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

    // The channel closes once every worker is gone; no more results than
    // documents can come anyway.
    let mut results: Vec<(usize, usize)> = rx.iter().take(expected).collect();
    for worker in pool {
        if let Err(panic) = worker.join() {
            std::panic::resume_unwind(panic);
        }
    }
    results.sort_unstable();
    results.into_iter().map(|(_, count)| count).collect()
}
