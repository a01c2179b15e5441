//! This binary counts the allocations made on each test's thread: `summary`
//! needs one new string, the summary itself. Copying the list to count its
//! letters costs one more block for the vector and one per word.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use ownership_01_moves::summary;

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

    // Growing a block (the summary while it is written) is not a new one.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

#[test]
fn summary_does_not_copy_the_list() {
    let words: Vec<String> = (0..100).map(|n| format!("word{n}")).collect();
    let before = ALLOCATIONS.with(Cell::get);
    let text = summary(words);
    let allocations = ALLOCATIONS.with(Cell::get) - before;
    assert_eq!(text, "100 words, 590 letters");
    assert!(
        allocations <= 2,
        "summary allocated {allocations} blocks for a list of 100 words: the list was copied instead of borrowed"
    );
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
