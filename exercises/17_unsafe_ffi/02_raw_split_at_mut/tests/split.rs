use std::mem::size_of;

use unsafe_ffi_02_raw_split_at_mut::{split_at_mut, swap_halves};

/// Checks that the halves start where they must and cover the slice.
fn assert_covers<T>(base: usize, len: usize, mid: usize, left: &[T], right: &[T]) {
    assert_eq!(left.len(), mid, "left half has the wrong length");
    assert_eq!(right.len(), len - mid, "right half has the wrong length");
    assert_eq!(
        left.as_ptr() as usize,
        base,
        "left half must start at the slice"
    );
    assert_eq!(
        right.as_ptr() as usize,
        base + mid * size_of::<T>(),
        "right half must start right after the left one"
    );
}

#[test]
fn splits_in_the_middle_into_disjoint_halves() {
    let mut numbers = [1, 2, 3, 4, 5];
    let base = numbers.as_ptr() as usize;
    let (left, right) = split_at_mut(&mut numbers, 2);
    assert_eq!(left, [1, 2]);
    assert_eq!(right, [3, 4, 5]);
    assert_covers(base, 5, 2, left, right);
    left[1] = 20;
    right[0] = 30;
    assert_eq!(
        numbers,
        [1, 20, 30, 4, 5],
        "writes through each half land in place"
    );
}

#[test]
fn mid_zero_gives_an_empty_left_half() {
    let mut numbers = [7, 8, 9];
    let base = numbers.as_ptr() as usize;
    let (left, right) = split_at_mut(&mut numbers, 0);
    assert!(left.is_empty());
    assert_eq!(right, [7, 8, 9]);
    assert_covers(base, 3, 0, left, right);
}

#[test]
fn mid_equal_to_len_gives_an_empty_right_half() {
    let mut numbers = [7, 8, 9];
    let base = numbers.as_ptr() as usize;
    let (left, right) = split_at_mut(&mut numbers, 3);
    assert_eq!(left, [7, 8, 9]);
    assert!(right.is_empty());
    assert_covers(base, 3, 3, left, right);
}

#[test]
fn an_empty_slice_splits_at_zero() {
    let mut nothing: [u64; 0] = [];
    let (left, right) = split_at_mut(&mut nothing, 0);
    assert!(left.is_empty() && right.is_empty());
}

#[test]
#[should_panic(expected = "mid > len")]
fn mid_past_the_end_panics() {
    let mut numbers = [1, 2, 3];
    let _ = split_at_mut(&mut numbers, 4);
}

#[test]
#[should_panic(expected = "mid > len")]
fn a_huge_mid_panics_instead_of_wrapping_around() {
    let mut numbers = [1, 2, 3];
    let _ = split_at_mut(&mut numbers, usize::MAX);
}

#[test]
#[should_panic(expected = "mid > len")]
fn an_empty_slice_cannot_split_at_one() {
    let mut nothing: Vec<String> = Vec::new();
    let _ = split_at_mut(&mut nothing, 1);
}

#[test]
fn zero_sized_elements_split_by_count() {
    let mut units = [(); 5];
    let (left, right) = split_at_mut(&mut units, 2);
    assert_eq!((left.len(), right.len()), (2, 3));
}

#[test]
#[should_panic(expected = "mid > len")]
fn zero_sized_elements_still_check_the_bound() {
    let mut units = [(); 5];
    let _ = split_at_mut(&mut units, 6);
}

#[test]
fn every_split_point_of_a_slice_covers_it() {
    let mut values: Vec<u32> = (0..16).collect();
    let base = values.as_ptr() as usize;
    for mid in 0..=16 {
        let (left, right) = split_at_mut(&mut values, mid);
        assert_covers(base, 16, mid, left, right);
        assert!(left.iter().all(|&v| v < mid as u32));
        assert!(right.iter().all(|&v| v >= mid as u32));
    }
}

#[test]
fn swap_halves_moves_owned_values_without_losing_any() {
    let mut words: Vec<String> = ["a", "b", "c", "d", "e"].map(String::from).to_vec();
    swap_halves(&mut words);
    assert_eq!(words, ["d", "e", "c", "a", "b"]);
    let mut pair = vec![String::from("x"), String::from("y")];
    swap_halves(&mut pair);
    assert_eq!(pair, ["y", "x"]);
    let mut single = vec![String::from("solo")];
    swap_halves(&mut single);
    assert_eq!(single, ["solo"]);
    let mut empty: Vec<String> = Vec::new();
    swap_halves(&mut empty);
    assert!(empty.is_empty());
}
