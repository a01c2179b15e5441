//! Counts the bytes the test's thread holds on the heap: a document that owns
//! its text and index gives every byte back when it is dropped. Leaking the
//! text (`Box::leak`, `String::leak`) to get `&'static str` words would
//! compile and answer correctly, but keeps every byte for ever.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use borrowck_patterns_03_word_offsets::Document;

thread_local! {
    /// Bytes allocated minus bytes freed on this thread.
    static LIVE_BYTES: Cell<isize> = const { Cell::new(0) };
}

fn track(change: isize) {
    let _ = LIVE_BYTES.try_with(|live| live.set(live.get() + change));
}

fn size(bytes: usize) -> isize {
    isize::try_from(bytes).expect("an allocation fits in isize")
}

struct CountingAllocator;

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is a const-initialised thread-local that never allocates.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            track(size(layout.size()));
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        track(-size(layout.size()));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_ptr = unsafe { System.realloc(ptr, layout, new_size) };
        if !new_ptr.is_null() {
            track(size(new_size) - size(layout.size()));
        }
        new_ptr
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

#[test]
fn dropping_a_document_frees_everything_it_allocated() {
    // Warm up whatever the first use of a code path may allocate once.
    drop(Document::new("warm up"));

    let before = LIVE_BYTES.with(Cell::get);
    for round in 0..10 {
        let mut doc = Document::new(format!("round {round} of a long text"));
        doc.append("more words to index");
        assert_eq!(doc.word(0), Some("round"));
        assert_eq!(doc.words().count(), 10);
        drop(doc);
    }
    let leaked = LIVE_BYTES.with(Cell::get) - before;
    assert_eq!(
        leaked, 0,
        "{leaked} bytes are still allocated after every document was dropped: \
         is the text leaked to get `&'static str` words?"
    );
}
