//! A preview of a few characters must not depend on how long the text is:
//! the text is neither copied (the allocated bytes are counted) nor scanned
//! to its end (timed, with a wide margin).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::{Duration, Instant};

use strings_04_truncate_preview_chars::{preview, preview_with_ellipsis};

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

fn long_text() -> String {
    // 5 million characters in 10 MB.
    "é".repeat(5_000_000)
}

#[test]
fn a_short_preview_does_not_copy_a_long_text() {
    let text = long_text();
    let (shown, bytes) = bytes_allocated_during(|| preview(&text, 3));
    assert_eq!(shown, "ééé");
    assert_eq!(bytes, 0, "preview returns a slice: it must not allocate");

    let (shown, bytes) = bytes_allocated_during(|| preview_with_ellipsis(&text, 3));
    assert_eq!(shown, "éé…");
    assert!(
        bytes < 1_000,
        "{bytes} bytes allocated for a preview of 7 bytes: copy only what is kept"
    );
}

#[test]
fn a_short_preview_does_not_scan_a_long_text() {
    let text = long_text();
    // Done right, these calls take a few milliseconds together; reading all
    // 10 MB each time takes minutes. Stop as soon as the limit is passed.
    let limit = Duration::from_secs(3);
    let start = Instant::now();
    for i in 0..10_000 {
        // A new text each time (another start and end, 10 MB still): nothing
        // learned about one text helps with the next.
        let text = &text[2 * i..text.len() - 2 * i];
        assert_eq!(preview(text, 3), "ééé");
        assert_eq!(preview_with_ellipsis(text, 3), "éé…");
        assert!(
            start.elapsed() < limit,
            "a short preview must stop reading after the characters it keeps"
        );
    }
}
