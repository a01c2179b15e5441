//! # Predict: a spawned task borrowing from its parent
//!
//! `tokio::spawn` requires a `'static` future: the task may outlive the
//! function that started it (nothing forces the caller to await the handle),
//! so it must not borrow the caller's locals (E0373). `async move` alone is
//! not enough, since each task would move the one counter; each task gets its
//! own `Arc` handle to the shared counter instead.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

// PREDICT: E0373 line 33

/// Probes every URL concurrently, one task each, and counts the healthy ones.
pub async fn count_healthy<P, F>(urls: Vec<String>, probe: P) -> usize
where
    P: Fn(String) -> F,
    F: Future<Output = bool> + Send + 'static,
{
    let healthy = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for url in urls {
        let check = probe(url);
        let healthy = Arc::clone(&healthy);
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
