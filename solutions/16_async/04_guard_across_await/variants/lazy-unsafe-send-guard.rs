// variant: wraps the guard in a type that claims to be Send
// expect: rule:unsafe_code

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

/// A guard that says it may cross threads. It may not.
struct SendGuard<'a>(std::sync::MutexGuard<'a, PageStats>);

// SAFETY: none; this is the symptom fix the exercise forbids.
unsafe impl Send for SendGuard<'_> {}

/// Counts one hit on `page` and audits it.
pub async fn record_hit(stats: SharedStats, page: String) {
    let mut guard = SendGuard(stats.lock().expect("no task panics while counting"));
    guard.0.hits += 1;
    let entry = write_audit(&page).await;
    guard.0.audit.push(entry);
    guard.0.last_page = Some(page);
}
