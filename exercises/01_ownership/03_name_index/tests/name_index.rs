//! This binary counts the allocations made on each test's thread: a lookup
//! only reads the name, so `id` allocates nothing and `describe` only its
//! answer. A lookup that turns the name into a `String` of its own allocates
//! more.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use ownership_03_name_index::{NameIndex, describe};
use support::check;
use support::inputs::generate;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

struct CountingAllocator;

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is a const-initialised thread-local that never allocates.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    // Growing a block (the answer while it is written) is not a new one.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe { System.realloc(ptr, layout, new_size) }
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

fn index() -> NameIndex {
    let mut index = NameIndex::new();
    index.insert("ada".to_string());
    index.insert("grace".to_string());
    index
}

#[test]
fn a_lookup_allocates_nothing() {
    let index = index();
    let name = String::from("grace");
    let (ids, allocations) = allocations_during(|| (index.id("ada"), index.id(&name)));
    assert_eq!(ids, (Some(0), Some(1)));
    assert_eq!(
        allocations, 0,
        "two lookups allocated {allocations} blocks: `id` only reads the name, it needs no string of its own"
    );
}

#[test]
fn describe_allocates_only_its_answer() {
    let index = index();
    let (answer, allocations) = allocations_during(|| describe(&index, "grace"));
    assert_eq!(answer, "grace is #1");
    assert_eq!(
        allocations, 1,
        "describe allocated {allocations} blocks: only the answer is new, the name is only read"
    );
}

fn index_of(names: &[&str]) -> NameIndex {
    let mut index = NameIndex::new();
    for name in names {
        index.insert(name.to_string());
    }
    index
}

#[test]
fn new_names_get_ids_in_order_of_insertion() {
    let mut index = NameIndex::new();
    assert_eq!(index.insert("ada".to_string()), 0);
    assert_eq!(index.insert("grace".to_string()), 1);
    assert_eq!(index.insert("alan".to_string()), 2);
    assert_eq!(index.len(), 3);
}

#[test]
fn a_name_inserted_again_keeps_its_id() {
    let mut index = index_of(&["ada", "grace"]);
    assert_eq!(index.insert("ada".to_string()), 0);
    assert_eq!(index.len(), 2, "a repeated name must not be stored twice");
    assert_eq!(index.insert("barbara".to_string()), 2);
}

#[test]
fn lookups_work_both_ways() {
    let index = index_of(&["ada", "grace"]);
    assert_eq!(index.id("grace"), Some(1));
    assert_eq!(index.name(1), Some("grace"));
    assert_eq!(index.name(0), Some("ada"));
}

#[test]
fn unknown_names_and_ids_are_none() {
    let index = index_of(&["ada"]);
    assert_eq!(index.id("Ada"), None, "names are case-sensitive");
    assert_eq!(index.name(1), None);
}

#[test]
fn an_empty_index_knows_nothing() {
    let index = NameIndex::new();
    assert!(index.is_empty());
    assert_eq!(index.len(), 0);
    assert_eq!(index.id(""), None);
    assert_eq!(index.name(0), None);
}

#[test]
fn unicode_names_are_kept_intact() {
    let index = index_of(&["Émile", "日本"]);
    assert_eq!(index.id("日本"), Some(1));
    assert_eq!(index.name(0), Some("Émile"));
}

#[test]
fn describe_reports_known_and_unknown_names() {
    let index = index_of(&["ada", "grace"]);
    assert_eq!(describe(&index, "grace"), "grace is #1");
    assert_eq!(describe(&index, "linus"), "linus is unknown");
}

#[test]
fn many_names_keep_consistent_ids() {
    let mut index = NameIndex::new();
    for n in 0..5_000 {
        assert_eq!(index.insert(format!("user{n}")), n);
    }
    for n in (0..5_000).step_by(7) {
        let name = format!("user{n}");
        assert_eq!(index.id(&name), Some(n));
        assert_eq!(index.name(n), Some(name.as_str()));
    }
}

/// Inserts `names` in order, then looks every name up both ways, and its
/// trimmed and padded forms by name.
fn run(names: &[String]) -> (Vec<usize>, Vec<Option<String>>, Vec<Option<usize>>) {
    let mut index = NameIndex::new();
    let ids = names
        .iter()
        .map(|name| index.insert(name.clone()))
        .collect();
    let back = (0..=index.len())
        .map(|id| index.name(id).map(str::to_string))
        .collect();
    let lookups = names
        .iter()
        .flat_map(|name| {
            [
                name.to_string(),
                name.trim().to_string(),
                format!(" {name}\u{a0}"),
            ]
        })
        .map(|name| index.id(&name))
        .collect();
    (ids, back, lookups)
}

/// The same, with a list searched from the start: obviously right.
fn oracle(names: &[String]) -> (Vec<usize>, Vec<Option<String>>, Vec<Option<usize>>) {
    let mut seen: Vec<String> = Vec::new();
    let mut ids = Vec::new();
    for name in names {
        match seen.iter().position(|s| s == name) {
            Some(id) => ids.push(id),
            None => {
                ids.push(seen.len());
                seen.push(name.clone());
            }
        }
    }
    let back = (0..=seen.len()).map(|id| seen.get(id).cloned()).collect();
    let lookups = names
        .iter()
        .flat_map(|name| {
            [
                name.to_string(),
                name.trim().to_string(),
                format!(" {name}\u{a0}"),
            ]
        })
        .map(|name| seen.iter().position(|s| *s == name))
        .collect();
    (ids, back, lookups)
}

#[test]
fn names_are_kept_exactly_as_given() {
    // Whitespace is part of a name: " ada", "ada" and "ada\u{2003}" are three names.
    let padded = |pad: char| vec!["ada".to_string(), format!("{pad}ada"), format!("ada{pad}")];
    check::agree_on(
        support::inputs::WHITESPACE.map(padded),
        |names| oracle(names),
        |names| run(names),
    );
    check::agree(
        generate::list(generate::text(3), 12),
        |names| oracle(names),
        |names| run(names),
    );
}
