//! # A heartbeat thread that borrows too much
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

pub fn start_heartbeat(service: &str, beats: u32) -> Heartbeat {
    let label = service.to_uppercase();
    let thread_label = label.clone();
    let worker = thread::spawn(move || {
        (1..=beats)
            .map(|beat| format!("{thread_label}: beat {beat}"))
            .collect()
    });
    Heartbeat { label, worker }
}
