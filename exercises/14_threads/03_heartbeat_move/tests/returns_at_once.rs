//! `start_heartbeat` returns at once, and the heartbeat thread writes its
//! lines after that. This binary's allocator holds back every allocation made
//! on another thread than the test's while `start_heartbeat` runs: a heartbeat
//! thread that starts writing its lines waits until the call has returned. A
//! `start_heartbeat` that waits for lines written on another thread before it
//! returns would wait forever; after a generous limit the gate gives up and
//! the test fails.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use threads_03_heartbeat_move::start_heartbeat;

/// How long a held-back allocation waits before the gate gives up.
const LIMIT: Duration = Duration::from_secs(5);

static CLOSED: AtomicBool = AtomicBool::new(false);
static GAVE_UP: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// Set on the test's own thread: its allocations are never held back.
    static CALLER: Cell<bool> = const { Cell::new(false) };
}

fn wait_at_the_gate() {
    if !CLOSED.load(Ordering::SeqCst) || CALLER.try_with(Cell::get).unwrap_or(true) {
        return;
    }
    let deadline = Instant::now() + LIMIT;
    while CLOSED.load(Ordering::SeqCst) {
        if Instant::now() >= deadline {
            GAVE_UP.store(true, Ordering::SeqCst);
            CLOSED.store(false, Ordering::SeqCst);
            return;
        }
        std::thread::yield_now();
    }
}

struct Gate;

// SAFETY: every call is forwarded unchanged to the system allocator; the gate
// only delays some of them.
unsafe impl GlobalAlloc for Gate {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        wait_at_the_gate();
        // SAFETY: the caller's contract for `alloc` is passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        wait_at_the_gate();
        // SAFETY: the caller's contract for `realloc` is passed on as is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Gate = Gate;

#[test]
fn start_heartbeat_returns_before_the_lines_are_written() {
    CALLER.with(|caller| caller.set(true));
    CLOSED.store(true, Ordering::SeqCst);
    let heartbeat = start_heartbeat("billing", 50);
    CLOSED.store(false, Ordering::SeqCst);
    let lines = heartbeat.finish();
    assert_eq!(lines.len(), 50);
    assert_eq!(lines[49], "BILLING: beat 50");
    assert!(
        !GAVE_UP.load(Ordering::SeqCst),
        "start_heartbeat waited for lines written on another thread: it must \
         return at once, and the heartbeat thread write its lines after that"
    );
}
