//! Counts the allocations made on the test's thread: pasting needs one new
//! string, the joined text. Cloning the clipboard to read it is a second.
//! It also watches for a block of exactly the length of a version: that is
//! what a copy of the version (`clone`, `to_string`, `to_owned`,
//! `String::from`, `format!("{version}")`) allocates, and what listing the
//! history never needs. A copy built another way (`chars().collect()`, a
//! string grown by pushes, a `Vec<char>`) has no such size, so it also looks
//! inside every block freed while the history is listed: one that begins
//! with a whole version (in UTF-8, as `char`s or as UTF-16) held a copy of it. Every block is filled with 0xFF when it is
//! allocated or grown, so the bytes it reads are always initialised.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use ownership_06_editor_history::Editor;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
    /// Block sizes to watch for (0: none) and how many such blocks were
    /// allocated.
    static WATCHED_SIZES: Cell<[usize; 2]> = const { Cell::new([0; 2]) };
    static WATCHED_BLOCKS: Cell<usize> = const { Cell::new(0) };
    /// Texts (address, length) whose copies to watch for in freed blocks
    /// (length 0: none), and how many freed blocks began with one of them.
    static WATCHED_TEXTS: Cell<[(usize, usize); 6]> = const { Cell::new([(0, 0); 6]) };
    static COPIES_FREED: Cell<usize> = const { Cell::new(0) };
}

/// Never part of a UTF-8 string: a block still filled with it holds no text.
const FILL: u8 = 0xFF;

/// Whether the block at `ptr` of `size` bytes, about to be freed, begins with
/// one of the watched texts.
///
/// # Safety
/// `ptr` is a live block of `size` bytes from this allocator, whose every
/// byte was initialised (filled on allocation, or written since), and every
/// watched text is alive.
unsafe fn holds_a_watched_text(ptr: *const u8, size: usize) -> bool {
    let watched = WATCHED_TEXTS.try_with(Cell::get).unwrap_or([(0, 0); 6]);
    watched.iter().any(|&(text, len)| {
        // SAFETY: both ranges are initialised and alive (see above); a
        // block is only read up to its size.
        len != 0
            && size >= len
            && unsafe {
                std::slice::from_raw_parts(ptr, len)
                    == std::slice::from_raw_parts(text as *const u8, len)
            }
    })
}

struct CountingAllocator;

fn count(size: usize) {
    let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
    let watched = WATCHED_SIZES.try_with(Cell::get).unwrap_or([0; 2]);
    if size != 0 && watched.contains(&size) {
        let _ = WATCHED_BLOCKS.try_with(|count| count.set(count.get() + 1));
    }
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counters are const-initialised thread-locals that never allocate.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            // SAFETY: a new block of `layout.size()` bytes.
            unsafe { ptr.write_bytes(FILL, layout.size()) };
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: every block was filled when allocated or grown, and the
        // watched texts outlive the watch.
        if unsafe { holds_a_watched_text(ptr, layout.size()) } {
            let _ = COPIES_FREED.try_with(|count| count.set(count.get() + 1));
        }
        unsafe { System.dealloc(ptr, layout) }
    }

    // Growing a block (the joined text while it is written, the history) is
    // not a new string, so `realloc` is not counted.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() && new_size > layout.size() {
            // SAFETY: the block now has `new_size` bytes; the first
            // `layout.size()` were kept, the rest are new.
            unsafe {
                new.add(layout.size())
                    .write_bytes(FILL, new_size - layout.size())
            };
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

fn allocations_during<T>(work: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let result = work();
    let after = ALLOCATIONS.with(Cell::get);
    (result, after - before)
}

/// How many blocks of exactly one of `sizes` bytes `work` allocates.
fn blocks_of_sizes_during<T>(sizes: [usize; 2], work: impl FnOnce() -> T) -> (T, usize) {
    WATCHED_BLOCKS.with(|count| count.set(0));
    WATCHED_SIZES.with(|watched| watched.set(sizes));
    let result = work();
    WATCHED_SIZES.with(|watched| watched.set([0; 2]));
    (result, WATCHED_BLOCKS.with(Cell::get))
}

#[test]
fn paste_allocates_only_the_joined_text() {
    let mut editor = Editor::new("clip me");
    editor.cut();
    // Two versions in the history: it already has a buffer, so recording
    // one more version does not need a new one.
    editor.set_text("one".to_string());
    editor.set_text("two ".to_string());
    let (pasted, allocations) = allocations_during(|| editor.paste());
    assert!(pasted);
    assert_eq!(editor.text(), "two clip me");
    assert_eq!(
        allocations, 1,
        "paste allocated {allocations} blocks: only the joined text is new; read the clipboard in place instead of cloning it"
    );
}

#[test]
fn history_lines_reads_the_versions_in_place() {
    // Lengths no line, prefix or growing buffer happens to have.
    let first = "ä".repeat(519);
    let second = "b".repeat(2053);
    let mut editor = Editor::new(&first);
    editor.set_text(second.clone());
    editor.set_text("now".to_string());
    let (lines, copies) =
        blocks_of_sizes_during([first.len(), second.len()], || editor.history_lines());
    assert_eq!(lines, format!("0: {first}\n1: {second}\n"));
    assert_eq!(
        copies, 0,
        "history_lines copied a version into a string of its own; it only needs to read each version where it is"
    );
}

/// How many blocks freed during `work` began with one of `texts`, in UTF-8,
/// as `char`s (a `Vec<char>`) or as UTF-16 units (a `Vec<u16>`).
fn copies_freed_during<T>(texts: [&str; 2], work: impl FnOnce() -> T) -> (T, usize) {
    // Built before the watch starts, and alive until it ends.
    let as_chars = texts.map(|text| {
        text.chars()
            .flat_map(|c| u32::from(c).to_ne_bytes())
            .collect::<Vec<u8>>()
    });
    let as_utf16 = texts.map(|text| {
        text.encode_utf16()
            .flat_map(u16::to_ne_bytes)
            .collect::<Vec<u8>>()
    });
    let encodings: Vec<&[u8]> = texts
        .iter()
        .map(|text| text.as_bytes())
        .chain(as_chars.iter().map(Vec::as_slice))
        .chain(as_utf16.iter().map(Vec::as_slice))
        .collect();
    let mut watched = [(0, 0); 6];
    for (slot, bytes) in watched.iter_mut().zip(&encodings) {
        *slot = (bytes.as_ptr() as usize, bytes.len());
    }
    COPIES_FREED.with(|count| count.set(0));
    WATCHED_TEXTS.with(|cell| cell.set(watched));
    let result = work();
    WATCHED_TEXTS.with(|watched| watched.set([(0, 0); 6]));
    (result, COPIES_FREED.with(Cell::get))
}

#[test]
fn history_lines_builds_no_copy_of_a_version_whatever_its_size() {
    let first = "ä".repeat(519);
    let second = "b".repeat(2053);
    let mut editor = Editor::new(&first);
    editor.set_text(second.clone());
    editor.set_text("now".to_string());
    let (lines, copies) = copies_freed_during([&first, &second], || editor.history_lines());
    assert_eq!(lines, format!("0: {first}\n1: {second}\n"));
    assert_eq!(
        copies, 0,
        "history_lines built {copies} strings that held a whole version (a copy made by \
         collecting its chars or pushing onto a new string is a copy too); it only needs \
         to read each version where it is"
    );
}
