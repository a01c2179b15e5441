// variant: returns a leaked copy, which borrows from neither input
// expect: rule:clippy::disallowed_methods
pub fn longest_of_two(first: &str, second: &str) -> &'static str {
    let longest = if second.chars().count() > first.chars().count() {
        second
    } else {
        first
    };
    longest.to_string().leak()
}

pub fn before_marker<'text>(text: &'text str, marker: &str) -> &'text str {
    match text.find(marker) {
        Some(end) => &text[..end],
        None => text,
    }
}
