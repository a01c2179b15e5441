// variant: spins on try_send and yield_now while the channel is full
// expect: rule:clippy::disallowed_methods
use std::sync::mpsc::{self, Receiver, Sender, TrySendError};
use std::thread::{self, JoinHandle};

pub fn spawn_reader(
    lines: Vec<String>,
    capacity: usize,
    progress: Sender<usize>,
) -> (Receiver<String>, JoinHandle<usize>) {
    let (tx, rx) = mpsc::sync_channel(capacity);
    let reader = thread::spawn(move || {
        let mut handed_over = 0;
        'lines: for line in lines {
            let mut line = line;
            // Never park the thread: keep offering the line until it fits.
            loop {
                match tx.try_send(line) {
                    Ok(()) => break,
                    Err(TrySendError::Full(back)) => {
                        line = back;
                        thread::yield_now();
                    }
                    Err(TrySendError::Disconnected(_)) => break 'lines,
                }
            }
            handed_over += 1;
            let _ = progress.send(handed_over);
        }
        handed_over
    });
    (rx, reader)
}
