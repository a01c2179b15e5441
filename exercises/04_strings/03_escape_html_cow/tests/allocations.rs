//! Counts the heap allocations made on the test's thread: clean text must
//! come back without a single one, not even a copy that is thrown away.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use strings_03_escape_html_cow::escape_html;

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
fn clean_text_costs_no_allocation() {
    for clean in ["just a plain comment", "café ✓ naïve — ok", ""] {
        let comment = String::from(clean);
        let (escaped, allocations) = allocations_during(|| escape_html(&comment));
        assert_eq!(escaped, clean);
        assert_eq!(
            allocations, 0,
            "{clean:?} needs no escaping: return it without allocating"
        );
    }
}
