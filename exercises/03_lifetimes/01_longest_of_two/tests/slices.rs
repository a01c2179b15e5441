use lifetimes_01_longest_of_two::{before_marker, longest_of_two};
use support::check;
use support::inputs::{COMBINING, FOUR_BYTE, generate};

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

#[test]
fn longest_counts_every_char_combining_marks_included() {
    // "e\u{301}" is one letter on screen and two `char`s.
    let mut pairs: Vec<(String, String)> = Vec::new();
    for combined in COMBINING {
        let chars = combined.chars().count();
        pairs.push((combined.to_string(), "x".repeat(chars - 1)));
        pairs.push((combined.to_string(), "x".repeat(chars)));
        pairs.push(("x".repeat(chars - 1), combined.to_string()));
        pairs.push(("x".repeat(chars), format!("{combined}\u{301}")));
    }
    for wide in FOUR_BYTE {
        pairs.push((wide.to_string(), "ab".to_string()));
    }
    let first_or_second = |(first, second): &(String, String)| {
        if second.chars().count() > first.chars().count() {
            2
        } else {
            1
        }
    };
    check::agree_on(pairs, first_or_second, |(first, second)| {
        let result = longest_of_two(first, second);
        if std::ptr::eq(result, first.as_str()) {
            1
        } else {
            2
        }
    });
}

/// The part before the first place where `marker` starts: every place tried
/// in order, the empty marker found at the start.
fn part_before(text: &str, marker: &str) -> String {
    let starts = text.char_indices().map(|(i, _)| i).chain([text.len()]);
    for start in starts {
        if text[start..].starts_with(marker) {
            return text[..start].to_string();
        }
    }
    text.to_string()
}

#[test]
fn before_marker_agrees_on_any_text_and_marker_even_an_empty_one() {
    check::agree_on(
        [
            ("abc", ""),
            ("", ""),
            ("é", ""),
            ("a=b", "=="),
            ("ab", "abc"),
        ],
        |(text, marker)| part_before(text, marker),
        |(text, marker)| before_marker(text, marker).to_string(),
    );
    check::agree(
        (generate::text(8), generate::text(2)),
        |(text, marker)| part_before(text, marker),
        |(text, marker)| before_marker(text, marker).to_string(),
    );
}
