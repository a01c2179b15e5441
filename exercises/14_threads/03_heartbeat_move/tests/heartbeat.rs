use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use threads_03_heartbeat_move::start_heartbeat;

#[test]
fn the_label_is_the_service_in_upper_case() {
    let heartbeat = start_heartbeat("billing", 1);
    assert_eq!(heartbeat.label, "BILLING");
    assert_eq!(heartbeat.finish(), ["BILLING: beat 1"]);
}

#[test]
fn writes_one_line_per_beat_in_order() {
    let lines = start_heartbeat("db", 3).finish();
    assert_eq!(lines, ["DB: beat 1", "DB: beat 2", "DB: beat 3"]);
}

#[test]
fn zero_beats_write_nothing() {
    assert!(start_heartbeat("idle", 0).finish().is_empty());
}

#[test]
fn upper_case_works_beyond_ascii() {
    let heartbeat = start_heartbeat("straße", 1);
    assert_eq!(heartbeat.label, "STRASSE");
    assert_eq!(heartbeat.finish(), ["STRASSE: beat 1"]);
}

#[test]
fn heartbeats_run_side_by_side() {
    let heartbeats: Vec<_> = ["a", "b", "c"]
        .iter()
        .map(|service| start_heartbeat(service, 100))
        .collect();
    for heartbeat in heartbeats {
        let label = heartbeat.label.clone();
        let lines = heartbeat.finish();
        assert_eq!(lines.len(), 100);
        assert_eq!(lines[99], format!("{label}: beat 100"));
    }
}

// The heartbeat writes its lines on its own thread, after `start_heartbeat`
// has returned; writing them all first, on the caller's thread, and handing
// them to a thread that only returns them passes every other test. So the
// last test counts the allocations made on the calling thread while
// `start_heartbeat` runs: starting a thread costs a few, while every line
// written there costs at least one. Only the thread that sets `COUNTING` is
// counted, so the other tests running at the same time do not disturb it.
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
