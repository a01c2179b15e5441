//! Counts the allocations made on the test's thread: pasting needs one new
//! string, the joined text. Cloning the clipboard to read it is a second.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use ownership_06_editor_history::Editor;

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

    // Growing a block (the joined text while it is written, the history) is
    // not a new string, so `realloc` is not counted.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
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
fn paste_allocates_only_the_joined_text() {
    let mut editor = Editor::new("clip me");
    editor.cut();
    // Two versions in the history: it already has a buffer, so recording
    // one more version does not need a new one.
    editor.set_text("one".to_string());
    editor.set_text("two ".to_string());
    let (pasted, allocations) = allocations_during(|| editor.paste());
    assert!(pasted);
    assert_eq!(editor.text(), "two clip me");
    assert_eq!(
        allocations, 1,
        "paste allocated {allocations} blocks: only the joined text is new; read the clipboard in place instead of cloning it"
    );
}
