// variant: leaks the new text behind a &str tied to the inputs
// expect: rule:clippy::disallowed_methods

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

pub fn display_name<'a>(first: &'a str, last: &'a str) -> &'a str {
    let full = match (first.trim(), last.trim()) {
        (only, "") | ("", only) => only.to_string(),
        (first, last) => format!("{last}, {first}"),
    };
    full.leak()
}

pub fn initials(name: &str) -> &str {
    let letters: String = name
        .split_whitespace()
        .filter_map(|word| word.chars().next())
        .flat_map(|letter| [letter, '.'])
        .collect();
    letters.leak()
}
