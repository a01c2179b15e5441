// variant: counts a line before knowing whether send accepted it
// expect: tests

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

pub fn spawn_reader(
    lines: Vec<String>,
    capacity: usize,
    progress: Sender<usize>,
) -> (Receiver<String>, JoinHandle<usize>) {
    let (tx, rx) = mpsc::sync_channel(capacity);
    let reader = thread::spawn(move || {
        let mut handed_over = 0;
        for line in lines {
            handed_over += 1;
            if tx.send(line).is_err() {
                break;
            }
            let _ = progress.send(handed_over);
        }
        handed_over
    });
    (rx, reader)
}
