use strings_02_text_stats_str_params::{first_word, shout, word_count};

fn text(s: &str) -> String {
    s.to_string()
}

#[test]
fn counts_words_separated_by_any_whitespace() {
    assert_eq!(word_count(&text("one two  three\tfour\nfive")), 5);
}

#[test]
fn blank_text_has_no_words() {
    assert_eq!(word_count(&text("")), 0);
    assert_eq!(word_count(&text(" \t ")), 0);
    assert_eq!(first_word(&text("   ")), "");
}

#[test]
fn first_word_skips_leading_whitespace() {
    assert_eq!(first_word(&text("  hello world")), "hello");
}

#[test]
fn first_word_is_a_slice_of_the_text() {
    let line = text("borrow checker");
    let word = first_word(&line);
    assert!(
        std::ptr::eq(word.as_ptr(), line.as_ptr()),
        "the first word must point into the text, not into a copy"
    );
}

#[test]
fn shout_upper_cases_every_alphabet() {
    assert_eq!(shout(&text("hello")), "HELLO!");
    assert_eq!(shout(&text("straße")), "STRASSE!");
    assert_eq!(shout(&text("")), "!");
}
