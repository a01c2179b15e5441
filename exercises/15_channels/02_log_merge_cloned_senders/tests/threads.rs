// Proves that every source is read on a thread of its own: the lines that
// come out must have been formatted by as many threads as there are
// sources, none of them the caller's.
//
// This test binary's allocator writes, just before every block it hands
// out, a number that identifies the thread that asked for it. A formatted
// line is a `String`, so the number before its first byte says which
// thread formatted it.
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicUsize, Ordering};

use channels_02_log_merge_cloned_senders::{Source, merge_logs};

/// Room in front of every block for the thread's number, keeping blocks
/// aligned as asked.
const HEADER: usize = 16;

static NEXT_THREAD: AtomicUsize = AtomicUsize::new(1);

thread_local! {
    /// This thread's number; 0 until its first allocation. A plain `Cell`
    /// with a constant initialiser never allocates and has no destructor.
    static THREAD: Cell<usize> = const { Cell::new(0) };
}

/// The number of the current thread: never reused, even after it ends.
fn this_thread() -> usize {
    THREAD
        .try_with(|number| {
            if number.get() == 0 {
                number.set(NEXT_THREAD.fetch_add(1, Ordering::Relaxed));
            }
            number.get()
        })
        .unwrap_or(0)
}

/// The layout asked of the system, and where the caller's block starts in it.
fn padded(layout: Layout) -> Option<(Layout, usize)> {
    let offset = layout.align().max(HEADER);
    let size = layout.size().checked_add(offset)?;
    let padded = Layout::from_size_align(size, offset).ok()?;
    Some((padded, offset))
}

struct Tagging;

// SAFETY: every block comes from `System` with room for the header in front
// of it, is aligned as the caller asked (the offset is a multiple of the
// alignment) and is handed back to `System` with the layout it came with.
unsafe impl GlobalAlloc for Tagging {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some((padded, offset)) = padded(layout) else {
            return std::ptr::null_mut();
        };
        // SAFETY: `padded` has a non-zero size (at least `HEADER`).
        let base = unsafe { System.alloc(padded) };
        if base.is_null() {
            return base;
        }
        // SAFETY: `offset <= padded.size()`, and the `usize` just before
        // the caller's block lies inside the header, 8-aligned.
        unsafe {
            let block = base.add(offset);
            block.cast::<usize>().sub(1).write(this_thread());
            block
        }
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some((padded, offset)) = padded(layout) else {
            std::process::abort();
        };
        // SAFETY: `block` came from `alloc` with this layout, `offset`
        // bytes after the start of what `System` gave.
        unsafe { System.dealloc(block.sub(offset), padded) }
    }
}

#[global_allocator]
static ALLOCATOR: Tagging = Tagging;

/// The thread that allocated the text of `line`.
fn formatted_by(line: &str) -> usize {
    assert!(!line.is_empty(), "a merged line is never empty");
    // SAFETY: a non-empty `String` starts its allocation at `as_ptr`, and
    // every allocation of this binary has its thread's number just before.
    unsafe { line.as_ptr().cast::<usize>().sub(1).read_unaligned() }
}

fn source(name: &str, lines: &[&str]) -> Source {
    Source {
        name: name.to_string(),
        lines: lines.iter().map(|line| line.to_string()).collect(),
    }
}

#[test]
fn every_source_is_formatted_on_a_thread_of_its_own() {
    let caller = this_thread();
    let names = ["api", "db", "cache", "queue"];
    let sources = names
        .iter()
        .map(|name| source(name, &["one", "two", "three"]))
        .collect();
    let merged = merge_logs(sources);
    assert_eq!(merged.len(), 12);

    let mut threads_of: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for line in &merged {
        let (name, _) = line
            .split_once(": ")
            .expect("every line starts with its source's name");
        threads_of
            .entry(name)
            .or_default()
            .insert(formatted_by(line));
    }
    for (name, threads) in &threads_of {
        assert!(
            !threads.contains(&caller),
            "the lines of {name} were formatted on the calling thread: each \
             source's own thread formats and sends its lines"
        );
        assert_eq!(
            threads.len(),
            1,
            "the lines of {name} were formatted on {} threads: one thread per source",
            threads.len()
        );
    }
    let all: BTreeSet<usize> = threads_of.values().flatten().copied().collect();
    assert_eq!(
        all.len(),
        names.len(),
        "{} sources were read by {} threads: one thread per source",
        names.len(),
        all.len()
    );
}
