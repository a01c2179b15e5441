// A lookup by the borrowed form must not build an owned key: this test
// binary counts the heap allocations made by the current thread while
// `contains` and `forget` run, and expects none.
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::path::PathBuf;
use traits_05_unsized_lookup::SeenSet;

struct CountingAllocator;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count_one() {
    // `try_with` so that allocations during thread teardown are not a panic.
    let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter only reads and writes a thread-local integer.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        // SAFETY: the caller upholds `GlobalAlloc::realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

fn allocations_during<R>(work: impl FnOnce() -> R) -> (R, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let result = work();
    let after = ALLOCATIONS.with(Cell::get);
    (result, after - before)
}

// The probes are built before counting starts. They are owned keys (the
// unsized forms are the must-pass case's job), so this test also holds for
// the shipped code: only an implementation that copies the probe into a new
// key allocates here.
#[test]
fn lookups_do_not_build_an_owned_key() {
    let mut ids = SeenSet::new();
    ids.insert(String::from("req-7"));
    let mut messages = SeenSet::new();
    messages.insert(b"ping".to_vec());
    let mut paths = SeenSet::new();
    paths.insert(PathBuf::from("/etc/hosts"));
    let (seen_id, new_id) = (String::from("req-7"), String::from("req-8"));
    let ping = b"ping".to_vec();
    let (hosts, nowhere) = (PathBuf::from("/etc/hosts"), PathBuf::from("/nowhere"));

    let (found, count) = allocations_during(|| {
        [
            ids.contains(&seen_id),
            !ids.contains(&new_id),
            messages.contains(&ping),
            paths.contains(&hosts),
        ]
    });
    assert_eq!(found, [true; 4]);
    assert_eq!(count, 0, "`contains` must not build an owned key");

    let (forgotten, count) = allocations_during(|| {
        [
            ids.forget(&seen_id),
            messages.forget(&ping),
            !paths.forget(&nowhere),
        ]
    });
    assert_eq!(forgotten, [true; 3]);
    assert_eq!(count, 0, "`forget` must not build an owned key");
}
