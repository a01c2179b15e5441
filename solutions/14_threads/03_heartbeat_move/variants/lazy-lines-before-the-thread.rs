// variant: writes every line first, then starts a thread that only hands them back
// expect: tests
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
    let lines: Vec<String> = (1..=beats)
        .map(|beat| format!("{label}: beat {beat}"))
        .collect();
    let worker = thread::spawn(move || lines);
    Heartbeat { label, worker }
}
