// variant: the thread returns nothing; finish writes every line after the join
// expect: tests
//! # A heartbeat thread that borrows too much
//!
//! `start_heartbeat` starts a background thread that writes `beats`
//! heartbeat lines for a service (here it only collects them), and returns
//! at once with a `Heartbeat`: its `label` names the service in upper case
//! for the dashboard, and `finish` waits for the thread and gives back the
//! lines, e.g. `"BILLING: beat 1"`.
//!
//! It does not compile: the thread's closure borrows values that belong to
//! `start_heartbeat`, and the thread outlives the call.
//!
//! Task: make it compile and pass the tests. Keep the signatures: the
//! caller lends the service name only for the duration of the call, and the
//! heartbeat thread writes its lines itself, after `start_heartbeat` has
//! returned. Do not leak memory to get `'static` data (`Box::leak`,
//! `String::leak`).
//!
//! Run `cargo run -p checker watch` and save to check your work.
use std::thread::{self, JoinHandle};

pub struct Heartbeat {
    pub label: String,
    beats: u32,
    worker: JoinHandle<Vec<String>>,
}

impl Heartbeat {
    /// Waits for the heartbeat thread and returns the lines it wrote.
    pub fn finish(self) -> Vec<String> {
        let mut lines = self
            .worker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let label = &self.label;
        lines.extend((1..=self.beats).map(|beat| format!("{label}: beat {beat}")));
        lines
    }
}

pub fn start_heartbeat(service: &str, beats: u32) -> Heartbeat {
    let label = service.to_uppercase();
    let worker = thread::spawn(Vec::new);
    Heartbeat {
        label,
        beats,
        worker,
    }
}
