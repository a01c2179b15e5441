// variant: each critical section in a block of its own that ends before the await

use std::sync::{Arc, Mutex};

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
    {
        let mut guard = stats.lock().expect("no task panics while counting");
        guard.hits += 1;
    }
    let entry = write_audit(&page).await;
    {
        let mut guard = stats.lock().expect("no task panics while counting");
        guard.audit.push(entry);
        guard.last_page = Some(page);
    }
}
