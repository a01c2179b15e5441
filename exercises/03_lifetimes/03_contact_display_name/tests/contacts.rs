//! `display_name` may return any owned text (`String`, `Box<str>`, a
//! `Cow`...), so its result is compared through `&*`.
//!
//! The test binary counts the bytes its threads hold on the heap: a joined
//! name handed to the caller is freed when the caller drops it. Leaking it
//! (`Box::leak`, `String::leak`, `mem::forget`, a cache never emptied) would
//! let `display_name` return a plain `&str`, but the caller would not own
//! the text.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use lifetimes_03_contact_display_name::{Contact, display_name};
use support::check;
use support::inputs::CASE_CHANGES_LENGTH;

thread_local! {
    static LIVE_BYTES: Cell<isize> = const { Cell::new(0) };
}

struct CountingAllocator;

fn add(bytes: isize) {
    let _ = LIVE_BYTES.try_with(|live| live.set(live.get() + bytes));
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is a const-initialised thread-local that never allocates.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        add(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        add(-(layout.size() as isize));
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        add(new_size as isize - layout.size() as isize);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

fn contact(first: &str, last: &str, nickname: Option<&str>) -> Contact {
    Contact {
        first: first.to_string(),
        last: last.to_string(),
        nickname: nickname.map(str::to_string),
    }
}

#[test]
fn display_name_prefers_the_nickname() {
    let grace = contact("Grace", "Hopper", Some("Amazing Grace"));
    assert_eq!(&*display_name(&grace), "Amazing Grace");
}

#[test]
fn display_name_gives_any_nickname_exactly_as_stored() {
    for nickname in ["", " ", "\u{3000}Amazing Grace ", "\u{A0}"] {
        let grace = contact("Grace", "Hopper", Some(nickname));
        assert_eq!(
            &*display_name(&grace),
            nickname,
            "a nickname is shown exactly as it is stored, even an empty one"
        );
    }
}

#[test]
fn display_name_joins_first_and_last_without_a_nickname() {
    let ada = contact("Ada", "Lovelace", None);
    assert_eq!(&*display_name(&ada), "Ada Lovelace");
}

#[test]
fn display_name_keeps_characters_beyond_ascii() {
    let emmy = contact("Emmy", "Nöther", None);
    assert_eq!(&*display_name(&emmy), "Emmy Nöther");
}

#[test]
fn mention_is_returned_as_written() {
    let ada = contact("Ada", "Lovelace", None);
    assert_eq!(ada.mentioned_in("Thanks ADA for it"), Some("ADA"));
    assert_eq!(ada.mentioned_in("thanks ada"), Some("ada"));
}

#[test]
fn mention_is_the_first_match_in_the_text() {
    let ada = contact("ada", "Lovelace", None);
    let text = "Ada and ada and ADA";
    let found = ada.mentioned_in(text).expect("the name occurs");
    assert_eq!(found, "Ada");
    assert!(
        std::ptr::eq(found.as_ptr(), text.as_ptr()),
        "the result must be the first word of the text itself"
    );
}

#[test]
fn mention_ignores_case_in_any_alphabet() {
    let emile = contact("Émile", "Zola", None);
    assert_eq!(emile.mentioned_in("merci ÉMILE hier"), Some("ÉMILE"));
    let sofia = contact("Σοφία", "Κοβαλέφσκαγια", None);
    assert_eq!(sofia.mentioned_in("ΓΕΙΑ ΣΟΦΊΑ"), Some("ΣΟΦΊΑ"));
}

#[test]
fn words_are_separated_by_any_whitespace() {
    let ada = contact("Ada", "Lovelace", None);
    assert_eq!(ada.mentioned_in("thanks\tADA"), Some("ADA"));
    assert_eq!(ada.mentioned_in("line one\r\nada, line two"), None);
    assert_eq!(ada.mentioned_in("line one\r\nada\nline two"), Some("ada"));
    // A no-break space and an ideographic space separate words too.
    let text = "merci\u{a0}Ada\u{3000}et ada";
    let found = ada.mentioned_in(text).expect("the name occurs");
    assert_eq!(found, "Ada");
    assert!(
        std::ptr::eq(found.as_ptr(), text["merci\u{a0}".len()..].as_ptr()),
        "the result must be the first matching word of the text itself"
    );
    let text = "a\u{3000}b\u{a0}ADA";
    assert_eq!(ada.mentioned_in(text), Some("ADA"));
}

#[test]
fn mention_matches_whole_words_only() {
    let ada = contact("Ada", "Lovelace", None);
    assert_eq!(ada.mentioned_in("Adam read Canada news"), None);
    assert_eq!(ada.mentioned_in("Thanks ADA!"), None);
    assert_eq!(ada.mentioned_in(""), None);
}

#[test]
fn the_joined_name_is_freed_when_the_caller_drops_it() {
    let ada = contact("Ada", "Lovelace", None);
    let before = LIVE_BYTES.with(Cell::get);
    for _ in 0..3 {
        let name = display_name(&ada);
        assert_eq!(&*name, "Ada Lovelace");
    }
    let leaked = LIVE_BYTES.with(Cell::get) - before;
    assert_eq!(
        leaked, 0,
        "{leaked} bytes are still held after every name was dropped: the joined name must be owned by the caller, not leaked or kept"
    );
}

#[test]
fn mention_is_found_after_text_whose_case_has_another_length() {
    // "İ" lowers to two characters, the Kelvin sign to one byte of three:
    // a position in a lowered copy is not a position in the text.
    let ada = contact("Ada", "Lovelace", None);
    let place = |text: &String| {
        ada.mentioned_in(text)
            .map(|found| found.as_ptr() as usize - text.as_ptr() as usize)
    };
    check::agree_on(
        CASE_CHANGES_LENGTH.map(|odd| format!("{odd}{odd} ADA {odd}")),
        |text| Some(text.find("ADA").expect("the text holds the name")),
        place,
    );
}
