// variant: an iterator that stops at the first refused send

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

pub fn spawn_reader(
    lines: Vec<String>,
    capacity: usize,
    progress: Sender<usize>,
) -> (Receiver<String>, JoinHandle<usize>) {
    let (tx, rx) = mpsc::sync_channel(capacity);
    let reader = thread::spawn(move || {
        lines
            .into_iter()
            .map_while(|line| tx.send(line).ok())
            .enumerate()
            .map(|(index, ())| {
                let _ = progress.send(index + 1);
            })
            .count()
    });
    (rx, reader)
}
