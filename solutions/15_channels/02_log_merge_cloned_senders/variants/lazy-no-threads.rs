// variant: reads the sources one after another on the calling thread
// expect: tests

use std::sync::mpsc;

pub struct Source {
    pub name: String,
    pub lines: Vec<String>,
}

// PREDICT: E0382 line 34

pub fn merge_logs(sources: Vec<Source>) -> Vec<String> {
    let (tx, rx) = mpsc::channel();
    for source in sources {
        for line in source.lines {
            let _ = tx.send(format!("{}: {line}", source.name));
        }
    }
    drop(tx);
    rx.iter().collect()
}
