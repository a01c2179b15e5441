// variant: ties the result of before_marker to the marker as well
// expect: case:result_outlives_the_marker
pub fn longest_of_two<'a>(first: &'a str, second: &'a str) -> &'a str {
    if second.chars().count() > first.chars().count() {
        second
    } else {
        first
    }
}

pub fn before_marker<'a>(text: &'a str, marker: &'a str) -> &'a str {
    match text.find(marker) {
        Some(end) => &text[..end],
        None => text,
    }
}
