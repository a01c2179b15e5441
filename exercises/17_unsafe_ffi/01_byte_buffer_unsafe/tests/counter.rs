// One test alone in its binary, so no other test creates buffers meanwhile.
use std::sync::{Arc, Barrier};

use unsafe_ffi_01_byte_buffer_unsafe::{ByteBuf, buffers_created};

const THREADS: usize = 8;
const EACH: usize = 200_000;

#[test]
fn buffers_created_on_many_threads_are_all_counted() {
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
    assert_eq!(
        buffers_created() - before,
        THREADS * EACH,
        "some increments were lost: the counter is not safe across threads"
    );
}
