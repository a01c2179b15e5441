// variant: every line formatted on the caller's thread into one pre-sized buffer
// expect: tests
use std::fmt::Write as _;
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
    // Every line is written here, on the caller's thread, into one buffer
    // sized up front; the thread only cuts it into lines.
    let per_line = label.len() + ": beat ".len() + 11;
    let mut text = String::with_capacity(per_line * beats as usize);
    for beat in 1..=beats {
        let _ = writeln!(text, "{label}: beat {beat}");
    }
    let worker = thread::spawn(move || text.lines().map(str::to_owned).collect());
    Heartbeat { label, worker }
}
