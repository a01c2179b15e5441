//! # Returning text that a function builds
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
