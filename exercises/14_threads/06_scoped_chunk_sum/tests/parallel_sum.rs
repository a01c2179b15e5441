use std::collections::HashSet;

use threads_06_scoped_chunk_sum::{Summary, parallel_sum};

#[test]
fn sums_in_chunks_of_equal_size() {
    let values: Vec<u64> = (1..=12).collect();
    let summary = parallel_sum(&values, 3);
    assert_eq!(summary.total, 78);
    assert_eq!(summary.per_worker, [4, 4, 4]);
}

#[test]
fn each_chunk_is_summed_on_a_thread_of_its_own() {
    let values: Vec<u64> = (1..=12).collect();
    let summary = parallel_sum(&values, 3);
    assert_eq!(
        summary.threads.len(),
        3,
        "each worker's `Tally` notes the thread it counted on"
    );
    let distinct: HashSet<_> = summary.threads.iter().collect();
    assert_eq!(
        distinct.len(),
        3,
        "three chunks were summed on {} thread(s): each needs its own",
        distinct.len()
    );
}

#[test]
fn the_last_chunk_may_be_shorter() {
    let values = [5_u64; 10];
    let summary = parallel_sum(&values, 4);
    assert_eq!(summary.total, 50);
    assert_eq!(summary.per_worker, [3, 3, 3, 1]);
}

#[test]
fn an_empty_slice_needs_no_worker() {
    assert_eq!(
        parallel_sum(&[], 4),
        Summary {
            total: 0,
            per_worker: vec![],
            threads: vec![],
        }
    );
}

#[test]
fn zero_threads_means_one() {
    let summary = parallel_sum(&[1, 2, 3], 0);
    assert_eq!(summary.total, 6);
    assert_eq!(summary.per_worker, [3]);
    assert_eq!(summary.threads.len(), 1);
}

#[test]
fn more_threads_than_values_gives_one_value_each() {
    let summary = parallel_sum(&[7, 8], 16);
    assert_eq!(summary.total, 15);
    assert_eq!(summary.per_worker, [1, 1]);
}

#[test]
fn a_large_input_is_summed_exactly() {
    let values: Vec<u64> = (1..=200_000).collect();
    let summary = parallel_sum(&values, 8);
    assert_eq!(summary.total, 200_000 * 200_001 / 2);
    assert_eq!(summary.per_worker.len(), 8);
    assert_eq!(summary.per_worker.iter().sum::<usize>(), values.len());
    let distinct: HashSet<_> = summary.threads.iter().collect();
    assert_eq!(distinct.len(), 8, "one thread per chunk");
}
