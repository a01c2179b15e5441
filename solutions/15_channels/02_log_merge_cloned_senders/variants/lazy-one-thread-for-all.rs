// variant: one thread reads every source, so the Sender needs no clone
// expect: tests

use std::sync::mpsc;
use std::thread;

pub struct Source {
    pub name: String,
    pub lines: Vec<String>,
}

// PREDICT: E0382 line 34

pub fn merge_logs(sources: Vec<Source>) -> Vec<String> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for source in sources {
            for line in source.lines {
                let _ = tx.send(format!("{}: {line}", source.name));
            }
        }
    });
    rx.iter().collect()
}
