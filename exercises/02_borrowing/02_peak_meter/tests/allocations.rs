//! Counts the allocations made on the test's thread. `rename` needs two new
//! strings, the note and the new label; `record` needs one, the description.
//! A clone of the label to dodge the borrow is one more.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use borrowing_02_peak_meter::{Meter, record, rename};

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

    // Growing a block (a string while it is written, the readings) is not a
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

fn meter(label: &str) -> Meter {
    Meter {
        label: label.to_string(),
        // Room for more readings, so recording one needs no new buffer.
        readings: Vec::with_capacity(8),
        peak: None,
    }
}

#[test]
fn rename_does_not_clone_the_old_label() {
    let mut mic = meter("mic");
    let (note, allocations) = allocations_during(|| rename(&mut mic, "voice"));
    assert_eq!(note, "renamed mic -> voice");
    assert_eq!(mic.label, "voice");
    assert!(
        allocations <= 2,
        "rename allocated {allocations} blocks: the note and the new label are the only new strings, so the old label must not be cloned"
    );
}

#[test]
fn record_does_not_clone_the_label() {
    let mut mic = meter("mic");
    record(&mut mic, 5);
    let (description, allocations) = allocations_during(|| record(&mut mic, 7));
    assert_eq!(description, "mic: 7 (peak 5 -> 7)");
    assert!(
        allocations <= 1,
        "record allocated {allocations} blocks: the description is the only new string"
    );
}
