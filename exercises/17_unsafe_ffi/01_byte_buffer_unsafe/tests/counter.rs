// One test alone in its binary, so no other test creates buffers meanwhile.
//
// A correct counter never loses an increment, so it passes every round. A
// racy one only loses increments while two threads really run at the same
// time, which a busy machine may not allow in any given round: the test runs
// rounds for a while and fails on the first round with a lost increment.
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use unsafe_ffi_01_byte_buffer_unsafe::{ByteBuf, buffers_created};

const THREADS: usize = 4;
const EACH: usize = 100_000;
/// Rounds start until this much time has passed (the last round may end later).
const BUDGET: Duration = Duration::from_millis(2_500);
const MAX_ROUNDS: usize = 200;

fn one_round() -> usize {
    let before = buffers_created();
    let start = Arc::new(Barrier::new(THREADS));
    let threads: Vec<_> = (0..THREADS)
        .map(|_| {
            let start = Arc::clone(&start);
            std::thread::spawn(move || {
                start.wait();
                for _ in 0..EACH {
                    // Empty buffers do not allocate: the counter is all the work.
                    drop(ByteBuf::zeroed(0));
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().expect("a thread panicked");
    }
    buffers_created() - before
}

#[test]
fn buffers_created_on_many_threads_are_all_counted() {
    let started = Instant::now();
    let mut rounds = 0;
    while rounds < MAX_ROUNDS && (rounds == 0 || started.elapsed() < BUDGET) {
        rounds += 1;
        let counted = one_round();
        assert_eq!(
            counted,
            THREADS * EACH,
            "round {rounds}: some increments were lost, the counter is not safe across threads"
        );
    }
}
