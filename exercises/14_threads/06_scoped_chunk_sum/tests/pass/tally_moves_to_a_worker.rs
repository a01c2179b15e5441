// A `Tally` may be moved to another thread and back: it is `Send`.
use std::thread;
use threads_06_scoped_chunk_sum::Tally;

fn main() {
    let tally = Tally::new();
    let tally = thread::spawn(move || {
        tally.record();
        tally.record();
        tally
    })
    .join()
    .expect("the worker does not panic");
    assert_eq!(tally.count(), 2);
}
