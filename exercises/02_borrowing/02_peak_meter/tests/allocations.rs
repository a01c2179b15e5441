//! Watches the allocations made on the test's thread for a copy of a label:
//! a block that, when it is freed or grown, holds exactly the label's text
//! (a clone, `to_string`, `format!("{label}")`, characters collected one by
//! one, a clone grown into the description), or exactly its `char`s (a
//! `Vec<char>`).
//! Temporary strings that are not copies (a part of the description built
//! on its own) are fine. Every block is filled with 0xFF, a byte UTF-8 text
//! never holds, when it is allocated or grown: so the bytes read are always
//! initialised, and a copy's text ends where the fill begins.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use borrowing_02_peak_meter::{Meter, record, rename};

/// Never part of a UTF-8 string.
const FILL: u8 = 0xFF;

thread_local! {
    /// The text to watch for (address, length; length 0: none) and the
    /// address of the block that is the original itself, which may be freed.
    static WATCHED: Cell<(usize, usize, usize)> = const { Cell::new((0, 0, 0)) };
    /// The same text as `char`s (address, length in bytes; length 0: none).
    static WATCHED_CHARS: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
    static COPIES: Cell<usize> = const { Cell::new(0) };
}

/// Whether the block at `ptr` of `size` bytes, about to be freed, holds
/// exactly the watched text.
///
/// # Safety
/// `ptr` is a live block of `size` bytes from this allocator, every byte of
/// which is initialised (filled on allocation or growth, or written since),
/// and the watched text is alive.
unsafe fn holds_a_copy(ptr: *const u8, size: usize) -> bool {
    let (text, len, original) = WATCHED.try_with(Cell::get).unwrap_or((0, 0, 0));
    let (chars, chars_len) = WATCHED_CHARS.try_with(Cell::get).unwrap_or((0, 0));
    if ptr as usize == original {
        return false;
    }
    // SAFETY: see above.
    unsafe { holds_exactly(ptr, size, text, len) || holds_exactly(ptr, size, chars, chars_len) }
}

/// Whether the block at `ptr` of `size` bytes, about to grow, is a clone of
/// the watched text: exactly its size, and holding it. (A description being
/// written holds the label first too, but in a block made for more.)
///
/// # Safety
/// As for `holds_a_copy`.
unsafe fn is_a_clone(ptr: *const u8, size: usize) -> bool {
    let (text, len, original) = WATCHED.try_with(Cell::get).unwrap_or((0, 0, 0));
    // SAFETY: see above.
    ptr as usize != original && size == len && unsafe { holds_exactly(ptr, size, text, len) }
}

/// Whether the block at `ptr` of `size` bytes holds the `len` bytes at
/// `text` and nothing after them.
///
/// # Safety
/// As for `holds_a_copy`, with `text` alive for `len` bytes.
unsafe fn holds_exactly(ptr: *const u8, size: usize, text: usize, len: usize) -> bool {
    if len == 0 || size < len {
        return false;
    }
    // SAFETY: both ranges are initialised and alive (see above), and the
    // block is read only up to its size.
    unsafe {
        std::slice::from_raw_parts(ptr, len) == std::slice::from_raw_parts(text as *const u8, len)
            && (size == len || *ptr.add(len) == FILL)
    }
}

struct WatchingAllocator;

// SAFETY: every call is forwarded unchanged to the system allocator; new
// bytes are filled before they are handed out; the watch is const-initialised
// thread-locals that never allocate.
unsafe impl GlobalAlloc for WatchingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            // SAFETY: a new block of `layout.size()` bytes.
            unsafe { ptr.write_bytes(FILL, layout.size()) };
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: see `holds_a_copy`: every block was filled.
        if unsafe { holds_a_copy(ptr, layout.size()) } {
            let _ = COPIES.try_with(|count| count.set(count.get() + 1));
        }
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A copy grown into something else (a clone the description is
        // built around) is seen before it grows.
        // SAFETY: see `holds_a_copy`: every block was filled.
        if unsafe { is_a_clone(ptr, layout.size()) } {
            let _ = COPIES.try_with(|count| count.set(count.get() + 1));
        }
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        // The original, grown and moved, is still the original.
        let _ = WATCHED.try_with(|watched| {
            let (text, len, original) = watched.get();
            if original == ptr as usize && !new.is_null() {
                watched.set((text, len, new as usize));
            }
        });
        if !new.is_null() && new_size > layout.size() {
            // SAFETY: the first `layout.size()` bytes were kept, the rest
            // of the `new_size` bytes are new.
            unsafe {
                new.add(layout.size())
                    .write_bytes(FILL, new_size - layout.size())
            };
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: WatchingAllocator = WatchingAllocator;

/// How many copies of `text` were made (and freed) during `work`; the
/// block at `original` is the text itself.
fn copies_during<T>(text: &str, original: *const u8, work: impl FnOnce() -> T) -> (T, usize) {
    // Built before the watch starts, and alive until it ends.
    let chars: Vec<u8> = text
        .chars()
        .flat_map(|c| u32::from(c).to_ne_bytes())
        .collect();
    COPIES.with(|count| count.set(0));
    WATCHED.with(|watched| watched.set((text.as_ptr() as usize, text.len(), original as usize)));
    WATCHED_CHARS.with(|watched| watched.set((chars.as_ptr() as usize, chars.len())));
    let result = work();
    WATCHED.with(|watched| watched.set((0, 0, 0)));
    WATCHED_CHARS.with(|watched| watched.set((0, 0)));
    (result, COPIES.with(Cell::get))
}

// Labels no description, note or buffer begins with on their own. The old
// one is shorter than the smallest block a growing string takes (8 bytes):
// a description being written never sits in a block of exactly its size,
// only a clone does.
const OLD: &str = "mïc-ä";
const NEW: &str = "voice";

fn meter(label: &str) -> Meter {
    Meter {
        label: label.to_string(),
        readings: Vec::new(),
        peak: None,
    }
}

#[test]
fn rename_does_not_clone_the_old_label() {
    let mut mic = meter(OLD);
    let original = mic.label.as_ptr();
    let (note, copies) = copies_during(OLD, original, || rename(&mut mic, NEW));
    assert_eq!(note, format!("renamed {OLD} -> {NEW}"));
    assert_eq!(mic.label, NEW);
    assert_eq!(
        copies, 0,
        "rename made a copy of the old label to dodge the borrow: use it before it is replaced"
    );
}

#[test]
fn record_does_not_clone_the_label() {
    let mut mic = meter(OLD);
    let original = mic.label.as_ptr();
    let (descriptions, copies) = copies_during(OLD, original, || {
        [
            record(&mut mic, 5),
            record(&mut mic, 7),
            record(&mut mic, 6),
        ]
    });
    assert_eq!(
        descriptions,
        [
            format!("{OLD}: 5 (first reading)"),
            format!("{OLD}: 7 (peak 5 -> 7)"),
            format!("{OLD}: 6 (peak 7)"),
        ]
    );
    assert_eq!(
        copies, 0,
        "record made a copy of the label: it only needs to read it"
    );
}
