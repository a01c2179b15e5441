// variant: returns Arc<str> but keeps every result in a static intern table
// expect: tests
//! # Returning text that a function builds
//!
//! A contact list shows people as "Lovelace, Ada" and puts their initials
//! ("A.L.") on an avatar. Both helpers build new text inside the function and
//! try to hand back a reference to it, and rustc refuses.
//!
//! Rules, for both functions: surrounding whitespace of each part is ignored,
//! whitespace inside a part is kept as it is. `display_name`: "Last, First";
//! when one part is empty, just the other one; when both are empty, "".
//! `initials`: the first character of every whitespace-separated word, as
//! written (no change of case), each followed by a dot, in order ("Ada
//! Lovelace" gives "A.L."; "" gives "").
//!
//! Task: make both compile and pass the tests. Fix the return types, not
//! the callers: no `Box::leak` or `String::leak`, no `static` buffers, no
//! extra parameters. Must-fail cases check that a caller cannot keep a
//! result as a `&'static str`, which only leaked or static text allows, and
//! a must-pass case holds several results at once and sends them to another
//! thread.
//!
//! Run `cargo run -p checker watch` and save to check your work.
use std::collections::HashSet;
use std::sync::{Arc, Mutex, PoisonError};

/// Every text handed out, shared: equal results share one allocation.
static INTERNED: Mutex<Option<HashSet<Arc<str>>>> = Mutex::new(None);

fn intern(text: String) -> Arc<str> {
    let mut table = INTERNED.lock().unwrap_or_else(PoisonError::into_inner);
    let table = table.get_or_insert_with(HashSet::new);
    if let Some(known) = table.get(text.as_str()) {
        return Arc::clone(known);
    }
    let text: Arc<str> = Arc::from(text);
    table.insert(Arc::clone(&text));
    text
}

pub fn display_name(first: &str, last: &str) -> Arc<str> {
    let (first, last) = (first.trim(), last.trim());
    let full = match (first.is_empty(), last.is_empty()) {
        (_, true) => first.to_string(),
        (true, false) => last.to_string(),
        (false, false) => format!("{last}, {first}"),
    };
    intern(full)
}

pub fn initials(name: &str) -> Arc<str> {
    let mut letters = String::new();
    for word in name.split_whitespace() {
        if let Some(first) = word.chars().next() {
            letters.push(first);
            letters.push('.');
        }
    }
    intern(letters)
}
