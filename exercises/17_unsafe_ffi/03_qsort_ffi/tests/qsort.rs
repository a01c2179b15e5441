// The tests sort with the standard library to know the right answer; the
// rules bind the library only.
#![allow(clippy::disallowed_methods)]

use unsafe_ffi_03_qsort_ffi::{sort_i64, sort_words_by_length};

/// A small xorshift generator: the same numbers on every run.
fn pseudo_random(count: usize, mut state: u64) -> Vec<i64> {
    (0..count)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as i64
        })
        .collect()
}

#[test]
fn small_numbers_are_sorted() {
    let mut values = [5, -1, 3, 0, 3, -7];
    sort_i64(&mut values);
    assert_eq!(values, [-7, -1, 0, 3, 3, 5]);
}

#[test]
fn numbers_far_apart_are_sorted() {
    let mut values = [1 << 32, 0, -(1 << 40), 1];
    sort_i64(&mut values);
    assert_eq!(values, [-(1 << 40), 0, 1, 1 << 32]);
}

#[test]
fn the_extremes_are_sorted() {
    let mut values = [i64::MAX, 0, i64::MIN, -1, 1, i64::MIN + 1];
    sort_i64(&mut values);
    assert_eq!(values, [i64::MIN, i64::MIN + 1, -1, 0, 1, i64::MAX]);
}

#[test]
fn empty_and_single_slices_are_fine() {
    let mut nothing: [i64; 0] = [];
    sort_i64(&mut nothing);
    let mut one = [42];
    sort_i64(&mut one);
    assert_eq!(one, [42]);
    let mut no_words: [&str; 0] = [];
    sort_words_by_length(&mut no_words);
    let mut one_word = ["solo"];
    sort_words_by_length(&mut one_word);
    assert_eq!(one_word, ["solo"]);
}

#[test]
fn many_numbers_agree_with_the_standard_sort() {
    let mut values = pseudo_random(20_000, 0x9E37_79B9_7F4A_7C15);
    let mut expected = values.clone();
    expected.sort_unstable();
    sort_i64(&mut values);
    assert!(
        values == expected,
        "qsort's result differs from sort_unstable"
    );
}

#[test]
fn words_are_sorted_by_length_then_alphabetically() {
    let mut words = ["pear", "fig", "banana", "kiwi", "apple", "fig"];
    sort_words_by_length(&mut words);
    assert_eq!(words, ["fig", "fig", "kiwi", "pear", "apple", "banana"]);
}

#[test]
fn word_length_counts_characters_not_bytes() {
    // "été" is 3 characters in 5 bytes; "tree" is 4 characters in 4 bytes;
    // "🦀🦀" is 2 characters in 8 bytes (and 4 UTF-16 code units).
    let mut words = ["tree", "🦀🦀", "été", "", "ab"];
    sort_words_by_length(&mut words);
    assert_eq!(words, ["", "ab", "🦀🦀", "été", "tree"]);
}

#[test]
fn ties_are_in_str_order_whatever_the_case() {
    // `str` order compares code points: every upper-case ASCII letter comes
    // before every lower-case one, and `É` before `e`.
    let mut words = [
        "pear", "Kiwi", "fig", "Fig", "été", "Été", "apple", "Apple", "kiwi", "ZED", "abc", "İi",
        "ßa", "SS", "sS",
    ];
    let mut expected = words;
    expected.sort_unstable_by(|a, b| {
        a.chars()
            .count()
            .cmp(&b.chars().count())
            .then_with(|| a.cmp(b))
    });
    sort_words_by_length(&mut words);
    assert_eq!(words, expected, "words of one length go in `str` order");
}

#[test]
fn many_words_agree_with_the_standard_sort() {
    let owned: Vec<String> = pseudo_random(3_000, 12345)
        .into_iter()
        .map(|n| "x".repeat((n as u64 % 7) as usize) + &format!("{}", n as u64 % 100))
        .collect();
    let mut words: Vec<&str> = owned.iter().map(String::as_str).collect();
    let mut expected = words.clone();
    expected.sort_unstable_by(|a, b| {
        a.chars()
            .count()
            .cmp(&b.chars().count())
            .then_with(|| a.cmp(b))
    });
    sort_words_by_length(&mut words);
    assert!(
        words == expected,
        "qsort's result differs from the standard sort"
    );
}
