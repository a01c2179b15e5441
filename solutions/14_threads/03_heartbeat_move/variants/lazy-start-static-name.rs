// variant: asks for a `'static` service name, so the thread can borrow it
// expect: keep:signatures
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
//!
//! ## The solution
//!
//! The closure borrowed `label` and `beats`, locals of `start_heartbeat`,
//! but the thread runs on after the function returns, so those borrows
//! would dangle (E0373). A `move` closure owns what it uses instead. `beats`
//! is `Copy`, so moving it copies it; `label` is needed twice, by the
//! thread and by the returned `Heartbeat`, so the thread gets its own copy.

use std::thread::{self, JoinHandle};

pub struct Heartbeat {
    pub label: String,
    worker: JoinHandle<Vec<String>>,
}

impl Heartbeat {
    /// Waits for the heartbeat thread and returns the lines it wrote.
    pub fn finish(self) -> Vec<String> {
        self.worker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    }
}

pub fn start_heartbeat(service: &'static str, beats: u32) -> Heartbeat {
    let label = service.to_uppercase();
    let thread_label = label.clone();
    let worker = thread::spawn(move || {
        (1..=beats)
            .map(|beat| format!("{thread_label}: beat {beat}"))
            .collect()
    });
    Heartbeat { label, worker }
}
