// Both halves are usable at the same time, and the slice is usable again
// once they are done.
use unsafe_ffi_02_raw_split_at_mut::split_at_mut;

fn main() {
    let mut numbers = vec![1, 2, 3, 4];
    let (left, right) = split_at_mut(&mut numbers, 2);
    left[0] += right[1];
    right[0] += left[1];
    numbers.push(5);
    assert_eq!(numbers, [5, 2, 5, 4, 5]);
}
