// variant: the smallest fix, a Sender clone per thread, still counting the lines

use std::sync::mpsc;
use std::thread;

pub struct Source {
    pub name: String,
    pub lines: Vec<String>,
}

// PREDICT: E0382 line 34

pub fn merge_logs(sources: Vec<Source>) -> Vec<String> {
    let expected: usize = sources.iter().map(|source| source.lines.len()).sum();
    let (tx, rx) = mpsc::channel();
    for source in sources {
        let tx = tx.clone();
        thread::spawn(move || {
            for line in source.lines {
                let _ = tx.send(format!("{}: {line}", source.name));
            }
        });
    }
    rx.iter().take(expected).collect()
}
