// variant: a buffer of at least one line, even when capacity is zero
// expect: tests

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

pub fn spawn_reader(
    lines: Vec<String>,
    capacity: usize,
    progress: Sender<usize>,
) -> (Receiver<String>, JoinHandle<usize>) {
    let (tx, rx) = mpsc::sync_channel(capacity.max(1));
    let reader = thread::spawn(move || {
        let mut handed_over = 0;
        for line in lines {
            if tx.send(line).is_err() {
                break;
            }
            handed_over += 1;
            let _ = progress.send(handed_over);
        }
        handed_over
    });
    (rx, reader)
}
