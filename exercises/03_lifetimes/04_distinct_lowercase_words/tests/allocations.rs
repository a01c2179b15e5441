//! Counts the heap allocations `distinct_words` makes on the test's thread:
//! borrowing from one lowered copy allocates a handful of times, lowering or
//! copying every word allocates once per word.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use lifetimes_04_distinct_lowercase_words::distinct_words;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

struct CountingAllocator;

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is a const-initialised thread-local that never allocates.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

fn allocations_during<T>(work: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let result = work();
    let after = ALLOCATIONS.with(Cell::get);
    (result, after - before)
}

/// `word` with the letters whose bit is set in `mask` in upper case.
fn cased(word: &str, mask: u32) -> String {
    word.chars()
        .enumerate()
        .map(|(n, c)| {
            if mask & (1 << n) == 0 {
                c
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

#[test]
fn allocations_do_not_grow_with_repeated_words() {
    // 6000 words, 4 of them distinct.
    let text = "The borrow, the MOVE; the owner! ".repeat(1_000);
    let (words, allocations) = allocations_during(|| distinct_words(&text));
    assert_eq!(words, ["borrow", "move", "owner", "the"]);
    assert!(
        allocations < 100,
        "{allocations} allocations for 6000 words of which 4 are distinct: \
         the set must borrow from one lowered copy of the text, not lower or \
         copy every word"
    );
}

#[test]
fn allocations_do_not_grow_with_repeated_words_in_other_cases() {
    // 2 distinct words, each written in all its 64 ways of upper and lower
    // case, three times over: 384 words.
    let mut text = String::new();
    for _ in 0..3 {
        for mask in 0..64 {
            text.push_str(&format!(
                "{}, {}! ",
                cased("borrow", mask),
                cased("moving", mask)
            ));
        }
    }
    let (words, allocations) = allocations_during(|| distinct_words(&text));
    assert_eq!(words, ["borrow", "moving"]);
    assert!(
        allocations < 100,
        "{allocations} allocations for 2 distinct words written in 128 ways: \
         \"Borrow\" and \"bORROW\" are the same word, so lower the whole text \
         once and borrow from it rather than lowering each way of writing a word"
    );
}
