// A NonEmpty lends itself wherever a slice is expected, shared or mutable.
use orphan_newtype_04_nonempty_vec_deref::NonEmpty;

fn total(values: &[u32]) -> u32 {
    values.iter().sum()
}

fn double_all(values: &mut [u32]) {
    for value in values {
        *value *= 2;
    }
}

fn main() {
    let mut list = NonEmpty::from_vec(vec![3, 1, 2]).expect("not empty");
    assert_eq!(total(&list), 6);
    double_all(&mut list);
    assert_eq!(total(&list), 12);
    assert_eq!(&list[1..], &[2, 4]);
}
