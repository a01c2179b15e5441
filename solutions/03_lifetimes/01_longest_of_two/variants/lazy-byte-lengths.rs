// variant: compares lengths in bytes
// expect: tests
pub fn longest_of_two<'a>(first: &'a str, second: &'a str) -> &'a str {
    if second.len() > first.len() {
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
