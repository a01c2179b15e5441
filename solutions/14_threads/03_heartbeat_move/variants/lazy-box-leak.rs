// variant: leaks the label with `Box::leak` to get a `&'static str`
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
    let label: &'static str = Box::leak(service.to_uppercase().into_boxed_str());
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
