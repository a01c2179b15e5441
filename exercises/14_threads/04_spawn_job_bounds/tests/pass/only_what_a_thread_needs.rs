// `spawn_job` asks no more than a thread needs. This job gives away what it
// captured (so it runs once: `FnOnce`), and its result may be sent but not
// shared (`Cell` is not `Sync`), copied or printed.
use std::cell::Cell;
use threads_04_spawn_job_bounds::spawn_job;

struct Report {
    lines: Vec<String>,
    reads: Cell<u32>,
}

fn main() {
    let lines = vec![String::from("ok"), String::from("ok")];
    let handle = spawn_job(move || Report {
        lines,
        reads: Cell::new(0),
    });
    let report = handle.join().expect("the job does not panic");
    report.reads.set(report.reads.get() + 1);
    assert_eq!(report.lines.len(), 2);
    assert_eq!(report.reads.get(), 1);
}
