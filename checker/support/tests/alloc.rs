//! The counting allocator, installed as a test binary installs it.

use support::alloc::{Counting, leak_free, measure, measure_process};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[test]
fn counts_blocks_bytes_and_reallocations_of_this_thread() {
    let (text, counted) = measure(|| {
        let mut text = String::with_capacity(4);
        text.push_str("twelve bytes");
        text
    });
    assert_eq!(text, "twelve bytes");
    assert_eq!(counted.blocks, 1);
    assert_eq!(counted.reallocs, 1);
    assert_eq!(counted.frees, 0);
    assert!(counted.bytes >= 12, "{counted}");
    let (_, none) = measure(|| 1 + 1);
    assert_eq!(none, Default::default());
}

#[test]
fn frees_are_counted_and_a_leak_is_named() {
    let counted = leak_free("a vector", || vec![1u64; 100]);
    assert_eq!((counted.blocks, counted.frees), (1, 1));
    assert_eq!(counted.live_bytes(), 0);
    let leak =
        std::panic::catch_unwind(|| leak_free("a leaked box", || Box::leak(Box::new([7u8; 64]))))
            .expect_err("a leak is caught");
    let message = leak.downcast_ref::<String>().expect("a formatted message");
    assert!(
        message.starts_with("a leaked box leaked: 1 blocks (64 bytes)"),
        "{message}"
    );
}

#[test]
fn another_threads_work_is_seen_by_the_process_count_only() {
    let (_, mine) =
        measure(|| std::thread::scope(|s| s.spawn(|| vec![0u8; 4096]).join().unwrap().len()));
    assert!(mine.bytes < 4096, "{mine}");
    let (_, all) = measure_process(|| {
        std::thread::scope(|s| s.spawn(|| vec![0u8; 4096]).join().unwrap().len())
    });
    assert!(all.bytes >= 4096, "{all}");
}
