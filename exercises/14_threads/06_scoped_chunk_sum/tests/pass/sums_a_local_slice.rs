// The function works on a slice borrowed from a local, not only on 'static
// data, and the caller keeps its vector.
use threads_06_scoped_chunk_sum::parallel_sum;

fn main() {
    let readings: Vec<u64> = (1..=10).collect();
    let summary = parallel_sum(&readings[2..], 3);
    assert_eq!(summary.total, 52);
    assert_eq!(readings.len(), 10);
}
