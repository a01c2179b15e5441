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
//! the callers: no `Box::leak` or `String::leak`, no `static` buffers or
//! tables (once the caller drops a result, nothing the call allocated is
//! left: a test counts), no extra parameters. Must-fail cases check that a
//! caller cannot keep a result as a `&'static str`, which only leaked or
//! static text allows, and a must-pass case holds several results at once
//! and sends them to another thread.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! A `String` built inside a function is dropped when the function returns,
//! so a `&str` into it would dangle: rustc first asks which input the
//! reference borrows from (E0106, two inputs leave elision no answer) and,
//! once given one, points out that it borrows a local instead (E0515).
//! The text is new, so the caller must own it: return `String`.

pub fn display_name(first: &str, last: &str) -> String {
    match (first.trim(), last.trim()) {
        (only, "") | ("", only) => only.to_string(),
        (first, last) => format!("{last}, {first}"),
    }
}

pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|word| word.chars().next())
        .flat_map(|letter| [letter, '.'])
        .collect()
}
