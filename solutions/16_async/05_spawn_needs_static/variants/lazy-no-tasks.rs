// variant: drives every probe on the caller's task with a hand-written join, no spawn
// expect: tests

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};

// PREDICT: E0373 line 34

/// Probes every URL concurrently, one task each, and counts the healthy ones.
pub async fn count_healthy<P, F>(urls: Vec<String>, probe: P) -> usize
where
    P: Fn(String) -> F,
    F: Future<Output = bool> + Send + 'static,
{
    let healthy = AtomicUsize::new(0);
    let mut checks: Vec<Option<std::pin::Pin<Box<F>>>> = urls
        .into_iter()
        .map(|url| Some(Box::pin(probe(url))))
        .collect();
    std::future::poll_fn(|cx| {
        for slot in &mut checks {
            if let Some(check) = slot
                && let std::task::Poll::Ready(ok) = check.as_mut().poll(cx)
            {
                if ok {
                    healthy.fetch_add(1, Ordering::Relaxed);
                }
                *slot = None;
            }
        }
        if checks.iter().all(Option::is_none) {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    healthy.load(Ordering::Relaxed)
}
