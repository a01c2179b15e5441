// variant: leaks the label with `String::leak`
// expect: rule:clippy::disallowed_methods
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
    let label: &'static str = service.to_uppercase().leak();
    let worker = thread::spawn(move || {
        (1..=beats)
            .map(|beat| format!("{label}: beat {beat}"))
            .collect()
    });
    Heartbeat {
        label: label.to_string(),
        worker,
    }
}
