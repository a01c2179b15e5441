//! # Predict: a spawned task borrowing from its parent
//!
//! A health checker probes a list of URLs. Probes are slow and independent,
//! so `count_healthy` starts one tokio task per URL, waits for all of them,
//! and returns how many answered "healthy". Each task adds to a shared
//! counter.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered.
//!
//! Then make it compile and pass the tests: the probes run concurrently, in
//! a tokio task each, two counts may run at once, no memory is leaked, and
//! the signature stays.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! `tokio::spawn` requires a `'static` future: the task may outlive the
//! function that started it (nothing forces the caller to await the handle),
//! so it must not borrow the caller's locals (E0373). `async move` alone is
//! not enough, since each task would move the one counter; each task gets its
//! own `Arc` handle to the shared counter instead.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

// PREDICT: E0373 line 34

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
