// variant: returns new Strings instead of slices of the inputs
// expect: E0308
pub fn longest_of_two(first: &str, second: &str) -> String {
    if second.chars().count() > first.chars().count() {
        second.to_string()
    } else {
        first.to_string()
    }
}

pub fn before_marker(text: &str, marker: &str) -> String {
    match text.find(marker) {
        Some(end) => text[..end].to_string(),
        None => text.to_string(),
    }
}
