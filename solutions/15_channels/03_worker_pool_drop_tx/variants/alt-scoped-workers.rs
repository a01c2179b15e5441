// variant: scoped workers, the original Sender moved into a block that ends before gathering

use std::sync::mpsc;
use std::thread;

pub fn word_counts<D>(documents: Vec<D>, workers: usize) -> Vec<usize>
where
    D: AsRef<str> + Send + 'static,
{
    let workers = workers.max(1);
    let mut shares: Vec<Vec<(usize, D)>> = (0..workers).map(|_| Vec::new()).collect();
    for (index, document) in documents.into_iter().enumerate() {
        if let Some(share) = shares.get_mut(index % workers) {
            share.push((index, document));
        }
    }

    let mut counts = vec![0; shares.iter().map(Vec::len).sum()];
    thread::scope(|scope| {
        let (tx, rx) = mpsc::channel();
        let pool: Vec<_> = {
            let tx = tx;
            shares
                .into_iter()
                .map(|share| {
                    let tx = tx.clone();
                    scope.spawn(move || {
                        for (index, document) in share {
                            let words = document.as_ref().split_whitespace().count();
                            if tx.send((index, words)).is_err() {
                                break;
                            }
                        }
                    })
                })
                .collect()
        };
        for (index, words) in rx {
            if let Some(count) = counts.get_mut(index) {
                *count = words;
            }
        }
        for worker in pool {
            if let Err(panic) = worker.join() {
                std::panic::resume_unwind(panic);
            }
        }
    });
    counts
}
