// The heartbeat writes its lines on its own thread, after `start_heartbeat`
// has returned; writing them all first, on the caller's thread, and handing
// them to a thread that only returns them passes every other test. So this
// test counts the allocations made on the calling thread while
// `start_heartbeat` runs: starting a thread costs a few, while every line
// written there costs at least one.
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use threads_03_heartbeat_move::start_heartbeat;

struct Counting;

thread_local! {
    /// Set on the thread whose allocations are counted, and only there.
    static COUNTING: Cell<bool> = const { Cell::new(false) };
}
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

fn count_one() {
    if COUNTING.try_with(Cell::get).unwrap_or(false) {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
    }
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter only observes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: the caller's contract for `alloc` is passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        // SAFETY: the caller's contract for `realloc` is passed on as is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[test]
fn the_lines_are_written_on_the_heartbeat_thread() {
    const BEATS: u32 = 2_000;
    COUNTING.with(|counting| counting.set(true));
    let heartbeat = start_heartbeat("billing", BEATS);
    COUNTING.with(|counting| counting.set(false));
    let on_caller = ALLOCATIONS.load(Ordering::SeqCst);

    let lines = heartbeat.finish();
    assert_eq!(lines.len(), BEATS as usize);
    assert!(
        on_caller < 100,
        "start_heartbeat allocated {on_caller} times on the caller's thread for \
         {BEATS} beats: the heartbeat thread must write its lines itself, after \
         start_heartbeat has returned"
    );
}
