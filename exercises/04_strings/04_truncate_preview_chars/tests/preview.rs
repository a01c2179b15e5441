use strings_04_truncate_preview_chars::{preview, preview_with_ellipsis};

#[test]
fn preview_cuts_ascii_text() {
    assert_eq!(preview("hello world", 5), "hello");
    assert_eq!(preview("hello", 5), "hello");
    assert_eq!(preview("hi", 5), "hi");
    assert_eq!(preview("hello", 0), "");
    assert_eq!(preview("", 3), "");
}

#[test]
fn preview_counts_characters_not_bytes() {
    // "héllo" is 5 characters in 6 bytes.
    assert_eq!(preview("héllo", 5), "héllo");
    assert_eq!(preview("héllo", 2), "hé");
    assert_eq!(preview("Σοφία", 3), "Σοφ");
    assert_eq!(preview("🦀🦀🦀", 2), "🦀🦀");
}

#[test]
fn preview_never_cuts_inside_a_character() {
    // Byte 1 falls inside "é": a byte slice there would panic.
    assert_eq!(preview("éa", 1), "é");
    assert_eq!(preview("日本語", 1), "日");
}

#[test]
fn a_character_is_a_char_not_what_the_reader_sees() {
    // "é" written as "e" plus a combining accent is two `char`s.
    assert_eq!(preview("e\u{301}té", 1), "e");
    assert_eq!(preview("e\u{301}té", 2), "e\u{301}");
}

#[test]
fn the_largest_limit_keeps_everything() {
    assert_eq!(preview("abc", usize::MAX), "abc");
    assert_eq!(preview_with_ellipsis("Σοφία", usize::MAX), "Σοφία");
    assert_eq!(preview_with_ellipsis("", usize::MAX), "");
}

#[test]
fn preview_returns_a_slice_of_the_text() {
    let text = String::from("borrowed, not copied");
    let shown = preview(&text, 8);
    assert!(
        std::ptr::eq(shown.as_ptr(), text.as_ptr()),
        "the preview must point into the text"
    );
    assert_eq!(shown, "borrowed");
}

#[test]
fn ellipsis_only_when_the_text_is_cut() {
    assert_eq!(preview_with_ellipsis("hello world", 6), "hello…");
    assert_eq!(preview_with_ellipsis("hello", 5), "hello");
    assert_eq!(preview_with_ellipsis("", 5), "");
}

#[test]
fn ellipsis_counts_as_one_character() {
    let shown = preview_with_ellipsis("crème brûlée", 6);
    assert_eq!(shown, "crème…");
    assert_eq!(shown.chars().count(), 6);
    assert_eq!(preview_with_ellipsis("Σοφία", 4), "Σοφ…");
    assert_eq!(preview_with_ellipsis("héllo", 5), "héllo");
    assert_eq!(preview_with_ellipsis("🦀🦀🦀", 2), "🦀…");
    assert_eq!(preview_with_ellipsis("日本語です", 4), "日本語…");
}

#[test]
fn an_ellipsis_already_in_the_text_is_just_a_character() {
    assert_eq!(preview_with_ellipsis("a…b", 3), "a…b");
    assert_eq!(preview_with_ellipsis("a…bc", 3), "a……");
}

#[test]
fn tiny_limits() {
    assert_eq!(preview_with_ellipsis("hello", 1), "…");
    assert_eq!(preview_with_ellipsis("hello", 0), "");
    assert_eq!(preview_with_ellipsis("", 0), "");
    assert_eq!(preview_with_ellipsis("ab", 1), "…");
    assert_eq!(preview_with_ellipsis("🦀🦀", 1), "…");
}

#[test]
fn a_single_character_fits_a_limit_of_one() {
    assert_eq!(preview("é", 1), "é");
    assert_eq!(preview_with_ellipsis("é", 1), "é");
    assert_eq!(preview_with_ellipsis("🦀", 1), "🦀");
}

/// Obviously right, written another way: collect the characters and count.
fn oracle(text: &str, max_chars: usize) -> (String, String) {
    let chars: Vec<char> = text.chars().collect();
    let preview: String = chars.iter().take(max_chars).collect();
    let with_ellipsis = if chars.len() <= max_chars {
        text.to_string()
    } else if max_chars == 0 {
        String::new()
    } else {
        let kept: String = chars.iter().take(max_chars - 1).collect();
        kept + "…"
    };
    (preview, with_ellipsis)
}

#[test]
fn every_limit_on_texts_with_spaces_and_combining_marks() {
    // A cut may fall right after whitespace or between a letter and its
    // combining mark: the kept characters are kept as they are.
    let texts = [
        "hello world",
        "a b c",
        "tab\there",
        "ab\u{3000}cd\u{A0}",
        "  lead",
        "trail  ",
        "e\u{301}té",
        "n\u{303}a\u{308}\u{304}x",
        "\u{915}\u{94D}\u{937}",
        "🦀 é ✓",
    ];
    for text in texts {
        for max_chars in 0..=text.chars().count() + 1 {
            let got = (
                preview(text, max_chars).to_string(),
                preview_with_ellipsis(text, max_chars).to_string(),
            );
            assert_eq!(
                got,
                oracle(text, max_chars),
                "for ({text:?}, {max_chars}): (preview, preview_with_ellipsis)"
            );
        }
    }
}
