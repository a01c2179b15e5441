//! # Longest of two, and the part before a marker
//!
//! `longest_of_two` may return either argument, so both share one lifetime
//! `'a`: the caller gets a result valid while both inputs are, the shorter
//! of the two borrows. `before_marker` only returns part of `text`, so only
//! `text` and the result share a lifetime; the marker's borrow ends with the
//! call.

pub fn longest_of_two<'a>(first: &'a str, second: &'a str) -> &'a str {
    if second.chars().count() > first.chars().count() {
        second
    } else {
        first
    }
}

pub fn before_marker<'text>(text: &'text str, marker: &str) -> &'text str {
    match text.find(marker) {
        Some(end) => &text[..end],
        None => text,
    }
}
