//! `summary` needs one new block, the summary itself. Copying the list to
//! count its letters costs one more block for the vector and one per word;
//! the counting allocator of the support crate sees every one.

use support::alloc::{Counting, measure};
use support::check;
use support::inputs::generate;

use ownership_01_moves::summary;

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[test]
fn summary_does_not_copy_the_list() {
    let words: Vec<String> = (0..100).map(|n| format!("word{n}")).collect();
    let (text, counted) = measure(|| summary(words));
    assert_eq!(text, "100 words, 590 letters");
    assert!(
        counted.blocks <= 1,
        "summary of a list of 100 words made {counted}: only the summary itself is new, \
         so the list was copied instead of borrowed"
    );
}

#[test]
fn summary_copies_no_word_of_any_list() {
    // Long words: a copy of any one of them must not fit in the bytes the
    // summary itself needs, whatever the list's length.
    for len in [1, 2, 3, 5, 17, 100] {
        let words: Vec<String> = (0..len).map(|n| format!("{n:x>128}")).collect();
        let letters: usize = words.iter().map(|w| w.chars().count()).sum();
        let (text, counted) = measure(|| summary(words));
        assert_eq!(text, format!("{len} words, {letters} letters"));
        assert!(
            counted.blocks <= 1 && counted.bytes < 128,
            "summary of a list of {len} words of 128 letters made {counted}: only the \
             summary itself is new, so the list or its text was copied instead of borrowed"
        );
    }
}

fn words(list: &[&str]) -> Vec<String> {
    list.iter().map(|word| word.to_string()).collect()
}

#[test]
fn counts_words_and_letters() {
    assert_eq!(summary(words(&["borrow", "move"])), "2 words, 10 letters");
}

#[test]
fn empty_list() {
    assert_eq!(summary(Vec::new()), "0 words, 0 letters");
}

#[test]
fn letters_are_characters_not_bytes() {
    assert_eq!(summary(words(&["café"])), "1 words, 4 letters");
}

#[test]
fn any_words_are_counted_by_characters() {
    check::agree(
        generate::list(generate::word(), 8),
        |words| {
            let letters: usize = words.iter().map(|w| w.chars().count()).sum();
            format!("{} words, {letters} letters", words.len())
        },
        |words| summary(words.clone()),
    );
}

#[test]
fn every_char_counts_punctuation_and_whitespace_included() {
    assert_eq!(
        summary(words(&["don't", "co-op", "«¿?»"])),
        "3 words, 14 letters"
    );
    check::agree(
        generate::list(generate::text(8), 6),
        |words| {
            let letters: usize = words.iter().map(|w| w.chars().count()).sum();
            format!("{} words, {letters} letters", words.len())
        },
        |words| summary(words.clone()),
    );
}
