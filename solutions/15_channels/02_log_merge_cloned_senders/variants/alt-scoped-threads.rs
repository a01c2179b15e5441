// variant: scoped threads that borrow the sources, gathering inside the scope

use std::sync::mpsc;
use std::thread;

pub struct Source {
    pub name: String,
    pub lines: Vec<String>,
}

// PREDICT: E0382 line 34

pub fn merge_logs(sources: Vec<Source>) -> Vec<String> {
    let (tx, rx) = mpsc::channel();
    thread::scope(|scope| {
        for source in &sources {
            let tx = tx.clone();
            scope.spawn(move || {
                for line in &source.lines {
                    let _ = tx.send(format!("{}: {line}", source.name));
                }
            });
        }
        drop(tx);
        rx.iter().collect()
    })
}
