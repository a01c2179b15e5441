//! Counts the allocations made on the test's thread: the receipt is the one
//! new string `shelve` needs. A copy of the title, even one only used to
//! write the receipt, is a second allocation.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use ownership_04_shelve_draft::{Draft, shelve};

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

    // Growing a block (the receipt while it is written, the shelf) is not a
    // new string, so `realloc` is not counted.
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

fn draft(title: &str) -> Box<Draft> {
    Box::new(Draft {
        title: title.to_string(),
        body: format!("All about {title}."),
    })
}

#[test]
fn the_receipt_is_the_only_string_shelve_allocates() {
    // Room for the new draft, so the push itself needs no allocation.
    let mut shelf = Vec::with_capacity(4);
    shelf.push(draft("Moves"));
    let given = draft("Ownership");
    let (receipt, allocations) = allocations_during(|| shelve(&mut shelf, given));
    assert_eq!(receipt, r#"shelved "Ownership" (#2)"#);
    assert_eq!(
        allocations, 1,
        "shelve allocated {allocations} blocks: only the receipt is new, so the title must not be copied, not even to write the receipt"
    );
}
