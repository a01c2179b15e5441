// variant: never calls write_audit: forges its entry and yields in its place
// expect: rule:dead_code
//! # A lock held across an await
//!
//! Page hits are counted by async tasks. `record_hit` bumps the counter,
//! writes an audit entry (a trip to the audit service, so it is awaited),
//! then stores the entry and the page it saw.
//!
//! The web server hands each hit to `tokio::spawn` on the multi-threaded
//! runtime, as the tests and the case in `tests/pass/` do, and that does not
//! compile. Read the whole error: its notes point at the cause in this file.
//!
//! Task: fix the cause, not the symptom (no `unsafe`). `record_hit` itself
//! must be a future any caller can spawn, and it must never block the
//! thread, even when two hits are recorded concurrently on one thread. Every
//! hit must still be counted and audited exactly once, and the audit call
//! must stay awaited (not run to its end by a blocking call).
//! You may change how the stats are locked, as long as
//! `SharedStats::default()` and `snapshot` keep working.
//!
//! Run `cargo run -p checker watch` and save to check your work.

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
#[allow(dead_code)]
async fn write_audit(page: &str) -> String {
    tokio::task::yield_now().await;
    format!("audited {page}")
}

/// Counts one hit on `page` and audits it.
pub async fn record_hit(stats: SharedStats, page: String) {
    // The audit entry is known in advance: no need to ask the service.
    let entry = format!("audited {page}");
    stats.lock().expect("no task panics while counting").hits += 1;
    tokio::task::yield_now().await;
    let mut guard = stats.lock().expect("no task panics while counting");
    guard.audit.push(entry);
    guard.last_page = Some(page);
}
