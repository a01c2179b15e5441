// variant: writes into static buffers and returns guards on them
// expect: tests, case:results_belong_to_the_caller

//! # Returning text that a function builds
//!
//! A contact list shows people as "Lovelace, Ada" and puts their initials
//! ("A.L.") on an avatar. Both helpers build new text inside the function and
//! try to hand back a reference to it, and rustc refuses.
//!
//! Rules, for both functions: surrounding whitespace of each part is ignored.
//! `display_name`: "Last, First"; when one part is empty, just the other one;
//! when both are empty, "". `initials`: the first character of every
//! whitespace-separated word, each followed by a dot, in order ("Ada
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
//!

use std::sync::{Mutex, MutexGuard, PoisonError};

static DISPLAY: Mutex<String> = Mutex::new(String::new());
static INITIALS: Mutex<String> = Mutex::new(String::new());

pub fn display_name(first: &str, last: &str) -> MutexGuard<'static, String> {
    let mut buffer = DISPLAY.lock().unwrap_or_else(PoisonError::into_inner);
    buffer.clear();
    match (first.trim(), last.trim()) {
        (only, "") | ("", only) => buffer.push_str(only),
        (first, last) => {
            buffer.push_str(last);
            buffer.push_str(", ");
            buffer.push_str(first);
        }
    }
    buffer
}

pub fn initials(name: &str) -> MutexGuard<'static, String> {
    let mut buffer = INITIALS.lock().unwrap_or_else(PoisonError::into_inner);
    buffer.clear();
    for word in name.split_whitespace() {
        if let Some(first) = word.chars().next() {
            buffer.push(first);
            buffer.push('.');
        }
    }
    buffer
}
