// variant: the audit polled to its end with a no-op waker, then a decoy await
// expect: rule:clippy::disallowed_methods
use std::future::Future;
use std::pin::pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

/// What the hit counter knows.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageStats {
    pub hits: u64,
    pub audit: Vec<String>,
    pub last_page: Option<String>,
}

/// The counter, shared by every task.
pub type SharedStats = Arc<Mutex<PageStats>>;

/// A copy of the current numbers.
pub async fn snapshot(stats: &SharedStats) -> PageStats {
    stats.lock().expect("no task panics while counting").clone()
}

/// Stands for a call to the audit service: it suspends the task.
async fn write_audit(page: &str) -> String {
    tokio::task::yield_now().await;
    format!("audited {page}")
}

/// Drives a future to its end right here, without giving the thread back.
fn finish_now<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(value) = future.as_mut().poll(&mut cx) {
            return value;
        }
    }
}

/// Counts one hit on `page` and audits it.
pub async fn record_hit(stats: SharedStats, page: String) {
    {
        let mut guard = stats.lock().expect("no task panics while counting");
        guard.hits += 1;
        let entry = finish_now(write_audit(&page));
        guard.audit.push(entry);
        guard.last_page = Some(page);
    }
    // Looks like an await point for the audit service.
    tokio::task::yield_now().await;
}
