// variant: lines written on a scoped thread joined before start_heartbeat returns
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
    // A scoped thread may borrow `label`: no copy needed. The lines are
    // ready by the time the scope ends; a second thread hands them over.
    let lines: Vec<String> = thread::scope(|scope| {
        scope
            .spawn(|| {
                (1..=beats)
                    .map(|beat| format!("{label}: beat {beat}"))
                    .collect()
            })
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    });
    let worker = thread::spawn(move || lines);
    Heartbeat { label, worker }
}
