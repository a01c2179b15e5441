// A `Tally` counts without atomics, so two threads must not use one at the
// same time: sharing `&Tally` with a scoped thread must be refused.
use std::thread;
use threads_06_scoped_chunk_sum::Tally;

fn main() {
    let tally = Tally::new();
    thread::scope(|scope| {
        scope.spawn(|| tally.record()); //~ ERROR E0277
        tally.record();
    });
    println!("{}", tally.count());
}
