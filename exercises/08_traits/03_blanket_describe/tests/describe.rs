use traits_03_blanket_describe::describe::{Describe, MAX_CHARS};
use traits_03_blanket_describe::report::log_line;

#[test]
fn short_text_is_described_as_displayed() {
    assert_eq!("flour".describe(), "flour");
    assert_eq!(String::from("sugar").describe(), "sugar");
}

#[test]
fn numbers_and_chars_are_described_too() {
    assert_eq!(42_u32.describe(), "42");
    assert_eq!((-7_i8).describe(), "-7");
    assert_eq!('x'.describe(), "x");
}

#[test]
fn text_of_exactly_the_limit_is_kept_whole() {
    assert_eq!(MAX_CHARS, 12);
    assert_eq!("abcdefghijkl".describe(), "abcdefghijkl");
}

#[test]
fn longer_text_is_cut_with_an_ellipsis() {
    assert_eq!("abcdefghijklm".describe(), "abcdefghijk…");
    assert_eq!(1_234_567_890_123_u64.describe(), "12345678901…");
}

#[test]
fn the_limit_counts_characters_not_bytes() {
    // 12 characters, 24 bytes: kept whole.
    assert_eq!("éééééééééééé".describe(), "éééééééééééé");
    // 13 characters: cut on a character boundary.
    assert_eq!("ééééééééééééé".describe(), "ééééééééééé…");
}

#[test]
fn an_empty_value_gives_an_empty_description() {
    assert_eq!("".describe(), "");
}

#[test]
fn a_log_line_describes_each_part() {
    assert_eq!(log_line("ada", "flour", 3), "ada: flour x 3");
    assert_eq!(
        log_line("grace", "wholemeal spelt flour", 12),
        "grace: wholemeal s… x 12"
    );
}

/// What the statement says, written plainly: at most 12 characters, the
/// first 11 and "…" when longer.
fn oracle(text: &str) -> String {
    let count = text.chars().count();
    if count <= MAX_CHARS {
        text.to_owned()
    } else {
        text.chars().take(MAX_CHARS - 1).chain(['…']).collect()
    }
}

#[test]
fn every_character_counts_once_whatever_its_encoding() {
    // Four-byte characters (two UTF-16 units), combining marks, letters
    // that change length with case, Unicode whitespace: each is one `char`.
    let texts = support::inputs::tricky_chars()
        .into_iter()
        .flat_map(|c| (10..=14).map(move |n| c.to_string().repeat(n)))
        .chain(
            support::inputs::FOUR_BYTE
                .iter()
                .map(|c| format!("{c}ab{c}cd{c}ef{c}gh")),
        );
    support::check::agree_on(texts, |text| oracle(text), |text| text.describe());
}
