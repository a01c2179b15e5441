// variant: leaves combining marks out of the count
// expect: tests
pub fn longest_of_two<'a>(first: &'a str, second: &'a str) -> &'a str {
    // Slip: "characters" counted as non-combining chars (skip U+0300..U+036F).
    let count = |s: &str| {
        s.chars()
            .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
            .count()
    };
    if count(second) > count(first) {
        second
    } else {
        first
    }
}

pub fn before_marker<'t>(text: &'t str, marker: &str) -> &'t str {
    match text.find(marker) {
        Some(end) => &text[..end],
        None => text,
    }
}
