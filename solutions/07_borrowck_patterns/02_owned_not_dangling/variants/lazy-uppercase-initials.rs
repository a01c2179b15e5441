// variant: initials uppercases each first letter
// expect: tests
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

pub fn display_name(first: &str, last: &str) -> String {
    let (first, last) = (first.trim(), last.trim());
    match (first.is_empty(), last.is_empty()) {
        (_, true) => first.to_string(),
        (true, false) => last.to_string(),
        (false, false) => format!("{last}, {first}"),
    }
}

pub fn initials(name: &str) -> String {
    let mut letters = String::new();
    for word in name.split_whitespace() {
        if let Some(first) = word.chars().next() {
            // An avatar shows capitals.
            letters.extend(first.to_uppercase());
            letters.push('.');
        }
    }
    letters
}
