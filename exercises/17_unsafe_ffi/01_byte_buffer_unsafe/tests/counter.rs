// One test alone in its binary, so no other test creates buffers meanwhile.
//
// A correct counter never loses an increment, so it passes every round. A
// racy one only loses increments while two threads really run at the same
// time, which a busy machine may not allow in any given round. So each
// thread also notes the stretches of its loop during which another thread
// made progress while it ran on without a break: proof that two of them ran
// side by side. The test stops once a few rounds have had plenty of those
// (on an idle machine, the first few), or when its time is up, and fails on
// the first round with a lost increment.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use unsafe_ffi_01_byte_buffer_unsafe::{ByteBuf, buffers_created};

const THREADS: usize = 4;
const EACH: usize = 100_000;
/// A thread looks at the others' progress once per stretch of this many
/// buffers (about 0.1 ms of work).
const STRETCH: usize = 1_024;
/// A stretch longer than this had a break: the thread was not running all along.
const UNBROKEN: Duration = Duration::from_micros(300);
/// A round with this many side-by-side stretches hammered the counter from
/// two threads at once for a good while: a racy counter has lost increments
/// in every such round seen, loaded machine or not.
const SIDE_BY_SIDE: usize = 50;
/// Such rounds needed before a correct counter is believed.
const PROVING_ROUNDS: usize = 3;
/// Rounds start until this much time has passed (the last round may end later).
const BUDGET: Duration = Duration::from_millis(2_500);
const MAX_ROUNDS: usize = 200;

/// Returns how many buffers the round counted, and its side-by-side stretches.
fn one_round() -> (usize, usize) {
    let before = buffers_created();
    let start = Arc::new(Barrier::new(THREADS));
    let ticks = Arc::new(AtomicUsize::new(0));
    let threads: Vec<_> = (0..THREADS)
        .map(|_| {
            let (start, ticks) = (Arc::clone(&start), Arc::clone(&ticks));
            std::thread::spawn(move || {
                start.wait();
                let mut side_by_side = 0;
                let mut last = (Instant::now(), ticks.fetch_add(1, Ordering::Relaxed));
                for made in 1..=EACH {
                    // Empty buffers do not allocate: the counter is all the work.
                    drop(ByteBuf::zeroed(0));
                    if made % STRETCH == 0 {
                        let now = Instant::now();
                        let tick = ticks.fetch_add(1, Ordering::Relaxed);
                        // Another thread ticked while this one ran without a break.
                        if tick > last.1 + 1 && now - last.0 < UNBROKEN {
                            side_by_side += 1;
                        }
                        last = (now, tick);
                    }
                }
                side_by_side
            })
        })
        .collect();
    let mut side_by_side = 0;
    for thread in threads {
        side_by_side += thread.join().expect("a thread panicked");
    }
    (buffers_created() - before, side_by_side)
}

#[test]
fn buffers_created_on_many_threads_are_all_counted() {
    let started = Instant::now();
    let (mut rounds, mut proving) = (0, 0);
    while rounds < MAX_ROUNDS && proving < PROVING_ROUNDS && started.elapsed() < BUDGET {
        rounds += 1;
        let (counted, side_by_side) = one_round();
        assert_eq!(
            counted,
            THREADS * EACH,
            "round {rounds}: some increments were lost, the counter is not safe across threads"
        );
        if side_by_side >= SIDE_BY_SIDE {
            proving += 1;
        }
    }
}
