// variant: the audit polled to its end in a loop with the task's own context, then a decoy await
// expect: tests
use std::future::{Future, poll_fn};
use std::pin::pin;
use std::sync::{Arc, Mutex};
use std::task::Poll;

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

/// Counts one hit on `page` and audits it.
pub async fn record_hit(stats: SharedStats, page: String) {
    let entry = {
        let mut audit = pin!(write_audit(&page));
        // Polls the audit again and again within one poll: the thread is
        // never given back while it waits.
        poll_fn(|cx| {
            loop {
                if let Poll::Ready(entry) = audit.as_mut().poll(cx) {
                    return Poll::Ready(entry);
                }
            }
        })
        .await
    };
    {
        let mut guard = stats.lock().expect("no task panics while counting");
        guard.hits += 1;
        guard.audit.push(entry);
        guard.last_page = Some(page);
    }
    // Looks like an await point for the audit service.
    tokio::task::yield_now().await;
}
