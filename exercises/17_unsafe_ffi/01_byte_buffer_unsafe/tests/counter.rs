// One test alone in its binary, so no other test creates buffers meanwhile.
use unsafe_ffi_01_byte_buffer_unsafe::{ByteBuf, buffers_created};

#[test]
fn buffers_created_on_many_threads_are_all_counted() {
    let before = buffers_created();
    let threads: Vec<_> = (0..8)
        .map(|_| {
            std::thread::spawn(|| {
                for _ in 0..20_000 {
                    drop(ByteBuf::zeroed(1));
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().expect("a thread panicked");
    }
    assert_eq!(
        buffers_created() - before,
        8 * 20_000,
        "some increments were lost: the counter is not safe across threads"
    );
}
