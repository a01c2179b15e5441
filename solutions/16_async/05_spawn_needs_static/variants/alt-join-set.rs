// variant: a JoinSet of tasks sharing an Arc'd counter

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};

// PREDICT: E0373 line 34

/// Probes every URL concurrently, one task each, and counts the healthy ones.
pub async fn count_healthy<P, F>(urls: Vec<String>, probe: P) -> usize
where
    P: Fn(String) -> F,
    F: Future<Output = bool> + Send + 'static,
{
    let healthy = std::sync::Arc::new(AtomicUsize::new(0));
    let mut tasks = tokio::task::JoinSet::new();
    for url in urls {
        let check = probe(url);
        let healthy = std::sync::Arc::clone(&healthy);
        tasks.spawn(async move {
            if check.await {
                healthy.fetch_add(1, Ordering::Relaxed);
            }
        });
    }
    while let Some(finished) = tasks.join_next().await {
        finished.expect("a probe task panicked");
    }
    healthy.load(Ordering::Relaxed)
}
