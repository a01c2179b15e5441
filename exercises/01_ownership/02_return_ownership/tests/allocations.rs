//! Counts the bytes allocated on the test's thread: a buffer handed back
//! grows to the size of the text a handful of times, while a buffer cloned
//! on every round copies the whole text again for each line.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use ownership_02_return_ownership::render;

thread_local! {
    static BYTES_ALLOCATED: Cell<usize> = const { Cell::new(0) };
}

struct CountingAllocator;

fn count(bytes: usize) {
    let _ = BYTES_ALLOCATED.try_with(|total| total.set(total.get() + bytes));
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is a const-initialised thread-local that never allocates.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

fn bytes_allocated_during<T>(work: impl FnOnce() -> T) -> (T, usize) {
    let before = BYTES_ALLOCATED.with(Cell::get);
    let result = work();
    let after = BYTES_ALLOCATED.with(Cell::get);
    (result, after - before)
}

#[test]
fn render_never_copies_the_whole_text_again() {
    let numbers: Vec<String> = (0..2_000).map(|n| format!("line {n}")).collect();
    let lines: Vec<&str> = numbers.iter().map(String::as_str).collect();
    let (text, bytes) = bytes_allocated_during(|| render(&lines));
    assert_eq!(text.lines().count(), 2_000, "a line was lost");
    // A growing buffer allocates about 2 to 4 times the final text in all;
    // cloning it on every round allocates about 1000 times as much.
    assert!(
        bytes <= 16 * text.len(),
        "render allocated {bytes} bytes for a text of {} bytes: the buffer is copied on every round instead of handed back",
        text.len()
    );
}
