use lifetimes_01_longest_of_two::{before_marker, longest_of_two};

#[test]
fn longest_picks_the_argument_with_more_characters() {
    assert_eq!(longest_of_two("borrow", "own"), "borrow");
    assert_eq!(longest_of_two("own", "borrow"), "borrow");
}

#[test]
fn longest_keeps_the_first_on_a_tie() {
    let first = String::from("left");
    let second = String::from("righ");
    let result = longest_of_two(&first, &second);
    assert!(
        std::ptr::eq(result, first.as_str()),
        "on a tie the result must be the first argument itself"
    );
}

#[test]
fn longest_counts_characters_not_bytes() {
    // "héé" is 3 characters in 5 bytes; "abcd" is 4 in 4.
    assert_eq!(longest_of_two("héé", "abcd"), "abcd");
}

#[test]
fn longest_of_empty_strings() {
    assert_eq!(longest_of_two("", ""), "");
    assert_eq!(longest_of_two("", "x"), "x");
}

#[test]
fn before_marker_cuts_at_the_first_occurrence() {
    assert_eq!(before_marker("key=value=more", "="), "key");
    assert_eq!(before_marker("a -> b -> c", " -> "), "a");
}

#[test]
fn before_marker_returns_all_of_the_text_without_the_marker() {
    assert_eq!(before_marker("no marker here", ";"), "no marker here");
    assert_eq!(before_marker("", ";"), "");
}

#[test]
fn before_marker_at_the_start_gives_an_empty_slice() {
    assert_eq!(before_marker(";rest", ";"), "");
}

#[test]
fn before_marker_handles_characters_beyond_ascii() {
    assert_eq!(before_marker("café→crème", "→"), "café");
}

#[test]
fn before_marker_returns_a_slice_of_the_text() {
    let text = String::from("name: Ada");
    let part = before_marker(&text, ":");
    assert!(
        std::ptr::eq(part.as_ptr(), text.as_ptr()),
        "the result must point into the text, not into a copy"
    );
}
