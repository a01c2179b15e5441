// Proves that `count_healthy` frees everything it allocates: a `'static`
// counter obtained by leaking memory would pass every other test.
use async_05_spawn_needs_static::count_healthy;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, keeping per thread the bytes allocated and not yet
/// freed. Everything below runs on this test's thread (a current-thread
/// runtime), so the count sees all of it.
struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

fn add(bytes: isize) {
    let _ = LIVE.try_with(|live| live.set(live.get() + bytes));
}

// SAFETY: every call is forwarded to `System` unchanged; the counting only
// touches a thread-local `Cell` and never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        add(layout.size() as isize);
        // SAFETY: the caller's contract for `alloc` is passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        add(-(layout.size() as isize));
        // SAFETY: `ptr` was allocated by `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

async fn https_only(url: String) -> bool {
    tokio::task::yield_now().await;
    url.starts_with("https://")
}

#[test]
fn counting_frees_everything_it_allocated() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let count = || {
        let list = vec!["https://a".to_string(), "http://b".to_string()];
        runtime.block_on(count_healthy(list, https_only))
    };
    for _ in 0..5 {
        assert_eq!(count(), 1); // warms up the runtime's own buffers
    }
    let before = LIVE.with(Cell::get);
    for _ in 0..200 {
        assert_eq!(count(), 1);
    }
    let kept = LIVE.with(Cell::get) - before;
    assert!(
        kept < 64,
        "200 counts kept {kept} bytes allocated: is the counter leaked to make it `'static`?"
    );
}
