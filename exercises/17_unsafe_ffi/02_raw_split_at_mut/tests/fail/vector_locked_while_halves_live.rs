// While the halves are in use, the vector itself is mutably borrowed: a push
// that could reallocate under them must be refused.
use unsafe_ffi_02_raw_split_at_mut::split_at_mut;

fn main() {
    let mut numbers = vec![1, 2, 3];
    let (left, right) = split_at_mut(&mut numbers, 1);
    numbers.push(4); //~ ERROR E0499
    left[0] = right[0];
}
