// Callers pass whatever text they hold: a literal, a `&String`, a slice of a
// larger text, a line from `lines()`. None of them allocates to call, and
// the helpers that only read do not allocate either (counted here).
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use strings_02_text_stats_str_params::{first_word, shout, word_count};

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

struct CountingAllocator;

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is a static atomic that never allocates.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

fn main() {
    let owned = String::from("an owned string");
    let document = String::from("title: Ownership\nbody: moves and borrows");
    let title = &document["title: ".len()..document.find('\n').unwrap_or(document.len())];

    let before = ALLOCATIONS.load(Ordering::Relaxed);
    let counts = [
        word_count("a literal works"),
        word_count(&owned),
        word_count(title),
        word_count(&document[7..]),
    ];
    let per_line: [usize; 2] = [
        document.lines().map(word_count).next().unwrap_or(0),
        document.lines().map(word_count).nth(1).unwrap_or(0),
    ];
    let words = [
        first_word(&owned),
        first_word("  spaced"),
        first_word(title),
    ];
    let allocations = ALLOCATIONS.load(Ordering::Relaxed) - before;

    assert_eq!(counts, [3, 3, 1, 5]);
    assert_eq!(per_line, [2, 4]);
    assert_eq!(words, ["an", "spaced", "Ownership"]);
    assert_eq!(allocations, 0, "reading text must not copy it");

    assert_eq!(shout(title), "OWNERSHIP!");
    assert_eq!(shout("hi"), "HI!");
    assert_eq!(shout(&owned), "AN OWNED STRING!");
}
