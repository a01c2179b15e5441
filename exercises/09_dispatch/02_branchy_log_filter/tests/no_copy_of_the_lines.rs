// Laziness, measured: this test binary counts the bytes the current thread
// allocates while `select_lines` is called and its iterator is drained. A
// lazy iterator needs at most a small box, whatever the size of the log;
// collecting the lines first needs memory in proportion to the log.
use dispatch_02_branchy_log_filter::select_lines;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct CountingAllocator;

thread_local! {
    static BYTES: Cell<usize> = const { Cell::new(0) };
}

fn count(bytes: usize) {
    // `try_with` so that allocations during thread teardown are not a panic.
    let _ = BYTES.try_with(|total| total.set(total.get() + bytes));
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter only reads and writes a thread-local integer.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        // SAFETY: the caller upholds `GlobalAlloc::realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

/// Bytes allocated by this thread while `work` runs.
fn bytes_during(work: impl FnOnce()) -> usize {
    let before = BYTES.with(Cell::get);
    work();
    BYTES.with(Cell::get) - before
}

#[test]
fn selecting_from_a_big_log_does_not_copy_its_lines() {
    let log = "INFO request served\nERROR disk full\n".repeat(5_000);
    for level in [None, Some("INFO"), Some("ERROR"), Some("DEBUG")] {
        let mut seen = 0;
        let bytes = bytes_during(|| {
            for line in select_lines(&log, level) {
                seen += line.len();
            }
        });
        assert!(seen > 0 || level == Some("DEBUG"));
        assert!(
            bytes <= 1024,
            "level {level:?}: {bytes} bytes allocated for a 10 000-line log; \
             the lines must be yielded lazily, not collected first"
        );
    }
}
