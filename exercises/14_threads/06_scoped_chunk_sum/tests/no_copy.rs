// The workers must read the caller's slice where it is. A counting global
// allocator measures every byte allocated during one call: starting a few
// threads costs a few hundred bytes each, while copying the values (with
// `to_vec`, into an `Arc`, or chunk by chunk) costs their full size.
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use threads_06_scoped_chunk_sum::parallel_sum;

struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
static ALLOCATED: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter only observes the sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed);
        }
        // SAFETY: the caller's contract for `alloc` is passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            ALLOCATED.fetch_add(new_size.saturating_sub(layout.size()), Ordering::Relaxed);
        }
        // SAFETY: the caller's contract for `realloc` is passed on as is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

// The only test in this file, so no other test allocates while it counts.
#[test]
fn the_workers_read_the_values_without_copying_them() {
    let values: Vec<u64> = (1..=1_000_000).collect();
    let copy_size = std::mem::size_of_val(values.as_slice());

    ALLOCATED.store(0, Ordering::SeqCst);
    COUNTING.store(true, Ordering::SeqCst);
    let summary = parallel_sum(&values, 8);
    COUNTING.store(false, Ordering::SeqCst);
    let allocated = ALLOCATED.load(Ordering::SeqCst);

    assert_eq!(summary.total, 1_000_000 * 1_000_001 / 2);
    assert!(
        allocated < copy_size / 8,
        "summing {copy_size} bytes of values allocated {allocated} bytes: \
         the values were copied, but the workers can borrow them"
    );
}
