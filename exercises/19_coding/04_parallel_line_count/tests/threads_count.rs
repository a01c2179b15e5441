// `count_matching_threads` splits the lines among `workers` threads, not
// one. Starting a thread puts at least its handle on the heap, so the work
// for 16 workers allocates at least 15 blocks more than the work for one.
// This binary holds one test: it counts what every thread allocates.
use coding_04_parallel_line_count::count_matching_threads;

#[global_allocator]
static ALLOCATOR: support::alloc::Counting = support::alloc::Counting;

#[test]
fn each_worker_is_a_thread_of_its_own() {
    let text: String = (0..1_000).map(|n| format!("line {n}\n")).collect();
    let (one, alone) = support::alloc::measure_process(|| count_matching_threads(&text, "9", 1));
    let (many, shared) = support::alloc::measure_process(|| count_matching_threads(&text, "9", 16));
    assert_eq!((one, many), (271, 271));
    assert!(
        shared.blocks >= alone.blocks + 15,
        "16 workers allocated {} blocks, 1 worker {}: 16 workers start 15 more threads, \
         and each thread allocates",
        shared.blocks,
        alone.blocks
    );
}
