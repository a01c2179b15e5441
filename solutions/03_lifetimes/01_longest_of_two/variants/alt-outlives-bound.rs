// variant: two lifetimes joined by an outlives bound, and split_once for the marker
pub fn longest_of_two<'a, 'b: 'a>(first: &'a str, second: &'b str) -> &'a str {
    if first.chars().count() >= second.chars().count() {
        first
    } else {
        second
    }
}

pub fn before_marker<'t, 'm>(text: &'t str, marker: &'m str) -> &'t str {
    text.split_once(marker).map_or(text, |(before, _)| before)
}
