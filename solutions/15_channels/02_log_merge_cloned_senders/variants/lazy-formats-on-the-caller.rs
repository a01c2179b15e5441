// variant: the threads send raw lines and the caller formats them
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
    for source in sources {
        let tx = tx.clone();
        thread::spawn(move || {
            for line in source.lines {
                let _ = tx.send((source.name.clone(), line));
            }
        });
    }
    drop(tx);
    rx.iter()
        .map(|(name, line)| format!("{name}: {line}"))
        .collect()
}
