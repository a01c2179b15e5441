// variant: searches the marker with byte windows, which panics on an empty marker
// expect: tests
pub fn longest_of_two<'a>(first: &'a str, second: &'a str) -> &'a str {
    if second.chars().count() > first.chars().count() {
        second
    } else {
        first
    }
}

pub fn before_marker<'t>(text: &'t str, marker: &str) -> &'t str {
    // Byte search: a valid UTF-8 marker can only match at a char boundary.
    let found = text
        .as_bytes()
        .windows(marker.len())
        .position(|window| window == marker.as_bytes());
    match found {
        Some(end) => &text[..end],
        None => text,
    }
}
