// variant: the label shared as an `Arc<str>` by the thread and the handle
use std::sync::Arc;
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
    let label: Arc<str> = Arc::from(service.to_uppercase());
    let worker = thread::spawn({
        let label = Arc::clone(&label);
        move || {
            (1..=beats)
                .map(|beat| format!("{label}: beat {beat}"))
                .collect()
        }
    });
    Heartbeat {
        label: label.to_string(),
        worker,
    }
}
