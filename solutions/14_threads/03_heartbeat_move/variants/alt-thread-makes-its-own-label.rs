// variant: the thread gets the service name as a `String` and upper-cases it itself
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
    let service = service.to_owned();
    let label = service.to_uppercase();
    let worker = thread::Builder::new()
        .name(format!("heartbeat-{service}"))
        .spawn(move || {
            let label = service.to_uppercase();
            let mut lines = Vec::with_capacity(beats as usize);
            for beat in 1..=beats {
                lines.push(format!("{label}: beat {beat}"));
            }
            lines
        })
        .unwrap_or_else(|err| panic!("cannot start the heartbeat thread: {err}"));
    Heartbeat { label, worker }
}
