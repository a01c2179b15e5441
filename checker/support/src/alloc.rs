//! A counting allocator. A test binary installs it once:
//!
//! ```ignore
//! #[global_allocator]
//! static ALLOCATOR: support::alloc::Counting = support::alloc::Counting;
//! ```
//!
//! and then measures calls: [`measure`] counts what the calling thread
//! allocates (tests run in parallel; each sees only its own thread),
//! [`measure_process`] what every thread does (for work that spawns threads:
//! put such a test in a binary of its own, where no other test allocates at
//! the same time). Every new block, every reallocation and every free is
//! counted, with its bytes; [`leak_free`] checks that what a call allocated
//! is all freed once its result is dropped.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The allocator: the system's, with every call counted.
pub struct Counting;

/// What was allocated during a measured call.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Allocations {
    /// New blocks (`alloc` and `alloc_zeroed`).
    pub blocks: usize,
    /// Blocks grown or shrunk in place or moved (`realloc`): a `Vec` or
    /// `String` that grows without `with_capacity` shows here.
    pub reallocs: usize,
    /// Blocks freed.
    pub frees: usize,
    /// Bytes of the new blocks, plus what reallocations added.
    pub bytes: usize,
    /// Bytes freed, plus what reallocations gave back.
    pub bytes_freed: usize,
}

impl Allocations {
    /// Blocks allocated and not freed (negative when the call freed more
    /// than it allocated, blocks made before it).
    pub fn live_blocks(&self) -> isize {
        self.blocks as isize - self.frees as isize
    }

    /// Bytes allocated and not freed.
    pub fn live_bytes(&self) -> isize {
        self.bytes as isize - self.bytes_freed as isize
    }

    fn since(self, before: Self) -> Self {
        Self {
            blocks: self.blocks - before.blocks,
            reallocs: self.reallocs - before.reallocs,
            frees: self.frees - before.frees,
            bytes: self.bytes - before.bytes,
            bytes_freed: self.bytes_freed - before.bytes_freed,
        }
    }
}

impl fmt::Display for Allocations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} new blocks ({} bytes), {} reallocations, {} frees",
            self.blocks, self.bytes, self.reallocs, self.frees
        )
    }
}

struct ThreadCounts {
    blocks: Cell<usize>,
    reallocs: Cell<usize>,
    frees: Cell<usize>,
    bytes: Cell<usize>,
    bytes_freed: Cell<usize>,
}

thread_local! {
    // Const-initialised: reading it never allocates, so the allocator can.
    static THREAD: ThreadCounts = const {
        ThreadCounts {
            blocks: Cell::new(0),
            reallocs: Cell::new(0),
            frees: Cell::new(0),
            bytes: Cell::new(0),
            bytes_freed: Cell::new(0),
        }
    };
}

static BLOCKS: AtomicUsize = AtomicUsize::new(0);
static REALLOCS: AtomicUsize = AtomicUsize::new(0);
static FREES: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);
static BYTES_FREED: AtomicUsize = AtomicUsize::new(0);
/// Whether the counting allocator is installed: measuring without it would
/// report zero and pass every budget.
static INSTALLED: AtomicUsize = AtomicUsize::new(0);

fn add(cell: &Cell<usize>, n: usize) {
    cell.set(cell.get().wrapping_add(n));
}

fn count(blocks: usize, reallocs: usize, frees: usize, bytes: usize, bytes_freed: usize) {
    INSTALLED.store(1, Ordering::Relaxed);
    // A thread being torn down has no counters left; the process-wide ones
    // still count.
    let _ = THREAD.try_with(|t| {
        add(&t.blocks, blocks);
        add(&t.reallocs, reallocs);
        add(&t.frees, frees);
        add(&t.bytes, bytes);
        add(&t.bytes_freed, bytes_freed);
    });
    BLOCKS.fetch_add(blocks, Ordering::Relaxed);
    REALLOCS.fetch_add(reallocs, Ordering::Relaxed);
    FREES.fetch_add(frees, Ordering::Relaxed);
    BYTES.fetch_add(bytes, Ordering::Relaxed);
    BYTES_FREED.fetch_add(bytes_freed, Ordering::Relaxed);
}

// SAFETY: every call is passed unchanged to the system allocator; the
// counters are atomics and const-initialised thread-locals, which never
// allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(1, 0, 0, layout.size(), 0);
        // SAFETY: the caller's contract for `alloc` is passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(1, 0, 0, layout.size(), 0);
        // SAFETY: as for `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(0, 0, 1, 0, layout.size());
        // SAFETY: `ptr` came from this allocator, which is `System`'s.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = layout.size();
        count(
            0,
            1,
            0,
            new_size.saturating_sub(old),
            old.saturating_sub(new_size),
        );
        // SAFETY: the caller's contract for `realloc` is passed on as is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

fn thread_now() -> Allocations {
    THREAD.with(|t| Allocations {
        blocks: t.blocks.get(),
        reallocs: t.reallocs.get(),
        frees: t.frees.get(),
        bytes: t.bytes.get(),
        bytes_freed: t.bytes_freed.get(),
    })
}

fn process_now() -> Allocations {
    Allocations {
        blocks: BLOCKS.load(Ordering::SeqCst),
        reallocs: REALLOCS.load(Ordering::SeqCst),
        frees: FREES.load(Ordering::SeqCst),
        bytes: BYTES.load(Ordering::SeqCst),
        bytes_freed: BYTES_FREED.load(Ordering::SeqCst),
    }
}

fn assert_installed() {
    // The test harness has allocated long before any test runs.
    assert!(
        INSTALLED.load(Ordering::Relaxed) == 1,
        "support::alloc::Counting is not this test binary's global allocator: nothing is counted"
    );
}

/// Runs `f` and counts what this thread allocated while it ran.
pub fn measure<R>(f: impl FnOnce() -> R) -> (R, Allocations) {
    assert_installed();
    let before = thread_now();
    let result = f();
    (result, thread_now().since(before))
}

/// Runs `f` and counts what every thread of the process allocated while it
/// ran: only sound in a test binary with one test.
pub fn measure_process<R>(f: impl FnOnce() -> R) -> (R, Allocations) {
    assert_installed();
    let before = process_now();
    let result = f();
    (result, process_now().since(before))
}

/// Runs `f`, drops its result, and panics unless every block the call
/// allocated on this thread was freed: `what` names the call in the message.
/// Returns what the call allocated.
pub fn leak_free<R>(what: &str, f: impl FnOnce() -> R) -> Allocations {
    let ((), counted) = measure(|| drop(f()));
    assert!(
        counted.live_blocks() <= 0 && counted.live_bytes() <= 0,
        "{what} leaked: {} blocks ({} bytes) it allocated were never freed, \
         even after its result was dropped",
        counted.live_blocks(),
        counted.live_bytes()
    );
    counted
}
