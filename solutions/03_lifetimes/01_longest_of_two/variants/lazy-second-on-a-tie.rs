// variant: gives the second argument on a tie
// expect: tests
pub fn longest_of_two<'a>(first: &'a str, second: &'a str) -> &'a str {
    if first.chars().count() > second.chars().count() {
        first
    } else {
        second
    }
}

pub fn before_marker<'text>(text: &'text str, marker: &str) -> &'text str {
    match text.find(marker) {
        Some(end) => &text[..end],
        None => text,
    }
}
