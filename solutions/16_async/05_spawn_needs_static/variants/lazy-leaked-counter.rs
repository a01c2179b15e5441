// variant: leaks the counter to make it 'static
// expect: rule:clippy::disallowed_methods

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};

// PREDICT: E0373 line 34

/// Probes every URL concurrently, one task each, and counts the healthy ones.
pub async fn count_healthy<P, F>(urls: Vec<String>, probe: P) -> usize
where
    P: Fn(String) -> F,
    F: Future<Output = bool> + Send + 'static,
{
    let healthy: &'static AtomicUsize = Box::leak(Box::new(AtomicUsize::new(0)));
    let mut handles = Vec::new();
    for url in urls {
        let check = probe(url);
        handles.push(tokio::spawn(async move {
            if check.await {
                healthy.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    for handle in handles {
        handle.await.expect("a probe task panicked");
    }
    healthy.load(Ordering::Relaxed)
}
