// These tests never assume how fast a thread runs. A line handed over is
// awaited for up to 5 s (plenty); a reader that should be blocked is given
// 150 ms to prove otherwise (it needs microseconds to run ahead). A correct
// reader passes however slow the machine is.
use channels_04_bounded_backpressure::spawn_reader;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

const SURELY: Duration = Duration::from_secs(5);
const A_WHILE: Duration = Duration::from_millis(150);

fn lines(count: usize) -> Vec<String> {
    (0..count).map(|n| format!("line {n}")).collect()
}

fn next_progress(progress: &Receiver<usize>) -> Option<usize> {
    progress.recv_timeout(SURELY).ok()
}

fn assert_reader_is_blocked(progress: &Receiver<usize>, handed_over: usize) {
    assert_eq!(
        progress.recv_timeout(A_WHILE),
        Err(RecvTimeoutError::Timeout),
        "the reader went on after {handed_over} lines although nobody made room"
    );
}

#[test]
fn the_reader_waits_while_the_buffer_is_full() {
    let (report, progress) = mpsc::channel();
    let (consumer, reader) = spawn_reader(lines(10), 3, report);
    for expected in 1..=3 {
        assert_eq!(next_progress(&progress), Some(expected));
    }
    assert_reader_is_blocked(&progress, 3);

    assert_eq!(consumer.recv().ok().as_deref(), Some("line 0"));
    assert_eq!(
        next_progress(&progress),
        Some(4),
        "taking a line makes room for one"
    );
    assert_reader_is_blocked(&progress, 4);

    let rest: Vec<String> = consumer.iter().collect();
    assert_eq!(rest, lines(10)[1..]);
    assert_eq!(reader.join().ok(), Some(10));
}

#[test]
fn capacity_zero_hands_each_line_over_directly() {
    let (report, progress) = mpsc::channel();
    let (consumer, reader) = spawn_reader(lines(3), 0, report);
    assert_reader_is_blocked(&progress, 0);
    assert_eq!(consumer.recv().ok().as_deref(), Some("line 0"));
    assert_eq!(next_progress(&progress), Some(1));
    assert_reader_is_blocked(&progress, 1);
    assert_eq!(consumer.iter().count(), 2);
    assert_eq!(reader.join().ok(), Some(3));
}

/// Takes `taken` lines, waits until the reader has filled the buffer again
/// and is blocked, hangs up, and returns what the reader says it handed over.
fn hang_up_after(taken: usize, capacity: usize) -> usize {
    let (report, progress) = mpsc::channel();
    let (consumer, reader) = spawn_reader(lines(100), capacity, report);
    let received: Vec<String> = consumer.iter().take(taken).collect();
    assert_eq!(received, lines(taken));
    for expected in 1..=taken + capacity {
        assert_eq!(
            next_progress(&progress),
            Some(expected),
            "progress reports each line handed over, once, in turn"
        );
    }
    assert_reader_is_blocked(&progress, taken + capacity);
    drop(consumer);
    let handed_over = reader.join().expect("the reader must not panic");
    assert_eq!(
        progress.try_iter().collect::<Vec<_>>(),
        [],
        "a line that `send` refused was reported as handed over"
    );
    handed_over
}

#[test]
fn the_reader_stops_quietly_when_the_consumer_hangs_up() {
    // 5 lines taken and 2 accepted into the buffer: the 8th `send` is the
    // one the hang-up refuses.
    assert_eq!(
        hang_up_after(5, 2),
        7,
        "5 lines taken and 2 waiting in the buffer: a line `send` refused is not handed over"
    );
}

#[test]
fn a_rendezvous_reader_stops_quietly_when_the_consumer_hangs_up() {
    assert_eq!(
        hang_up_after(2, 0),
        2,
        "2 lines taken and no buffer: a line `send` refused is not handed over"
    );
}

#[test]
fn every_line_arrives_in_order() {
    let (report, progress) = mpsc::channel();
    let (consumer, reader) = spawn_reader(lines(1_000), 4, report);
    let received: Vec<String> = consumer.iter().collect();
    assert_eq!(received, lines(1_000));
    assert_eq!(reader.join().ok(), Some(1_000));
    assert_eq!(progress.try_iter().last(), Some(1_000));
}

#[test]
fn an_empty_input_ends_at_once() {
    let (report, progress) = mpsc::channel();
    let (consumer, reader) = spawn_reader(Vec::new(), 1, report);
    assert_eq!(consumer.iter().count(), 0);
    assert_eq!(reader.join().ok(), Some(0));
    assert_eq!(progress.try_recv().ok(), None);
}
