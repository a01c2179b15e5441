// The halves borrow the slice: they cannot outlive the vector they point into.
use unsafe_ffi_02_raw_split_at_mut::split_at_mut;

fn main() {
    let left: &mut [i32];
    {
        let mut numbers = vec![1, 2, 3];
        let (first, _rest) = split_at_mut(&mut numbers, 1); //~ ERROR E0597
        left = first;
    }
    left[0] = 10;
}
