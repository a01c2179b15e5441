// variant: each task returns its answer and the caller adds them up, no shared counter

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};

// PREDICT: E0373 line 34

/// Probes every URL concurrently, one task each, and counts the healthy ones.
pub async fn count_healthy<P, F>(urls: Vec<String>, probe: P) -> usize
where
    P: Fn(String) -> F,
    F: Future<Output = bool> + Send + 'static,
{
    let handles: Vec<_> = urls
        .into_iter()
        .map(|url| tokio::spawn(probe(url)))
        .collect();
    let healthy = AtomicUsize::new(0);
    for handle in handles {
        if handle.await.expect("a probe task panicked") {
            healthy.fetch_add(1, Ordering::Relaxed);
        }
    }
    healthy.load(Ordering::Relaxed)
}
