// `count_matching_threads` starts exactly `workers` threads when there are
// at least that many lines: not one more for a remainder. Starting a thread
// allocates the same few blocks each time, so the blocks a count allocates
// grow by the same step for each worker added. Senders racing for the
// channel's first block now and then allocate one more or one less, so each
// count is the median of a few runs, and a difference under half a step is
// not a thread.
// This binary holds one test: it counts what every thread allocates.
use coding_04_parallel_line_count::count_matching_threads;

#[global_allocator]
static ALLOCATOR: support::alloc::Counting = support::alloc::Counting;

#[test]
fn each_worker_adds_one_thread_and_no_more() {
    let text: String = (0..1_000).map(|n| format!("line {n}\n")).collect();
    let blocks = |workers: usize| {
        let mut runs: Vec<usize> = (0..9)
            .map(|_| {
                let (count, allocated) =
                    support::alloc::measure_process(|| count_matching_threads(&text, "9", workers));
                assert_eq!(count, 271, "with {workers} workers");
                allocated.blocks
            })
            .collect();
        runs.sort_unstable();
        runs[runs.len() / 2]
    };
    // Whatever is set up once per process is set up here.
    blocks(2);
    let one = blocks(1);
    let step = blocks(2).saturating_sub(one);
    assert!(
        step > 0,
        "2 workers allocated no more than 1: are there 2 threads?"
    );
    for workers in [3, 6, 7, 16] {
        let expected = one + step * (workers - 1);
        let got = blocks(workers);
        assert!(
            got.abs_diff(expected) <= step / 2,
            "{workers} workers allocated {got} blocks, not about {expected}: one thread \
             allocates {step}, so {workers} workers must start {workers} threads \
             (1,000 lines split among them), not one more for a remainder"
        );
    }
}
