//! Counts the heap allocations made on the test's thread: reading the text
//! must not copy it, whatever the caller passes.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use strings_02_text_stats_str_params::{first_word, word_count};

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

#[test]
fn counting_and_finding_words_do_not_allocate() {
    let owned = String::from("status bar text");
    let (count, allocations) = allocations_during(|| word_count(&owned));
    assert_eq!(count, 3);
    assert_eq!(
        allocations, 0,
        "word_count only reads: it must not copy the text"
    );

    let (word, allocations) = allocations_during(|| first_word(&owned));
    assert_eq!(word, "status");
    assert_eq!(
        allocations, 0,
        "first_word only reads: it must not copy the text"
    );
}
