use strings_02_text_stats_str_params::{first_word, shout, word_count};

fn text(s: &str) -> String {
    s.to_string()
}

#[test]
fn counts_words_separated_by_any_whitespace() {
    assert_eq!(word_count(&text("one two  three\tfour\nfive")), 5);
}

#[test]
fn whitespace_beyond_ascii_separates_words() {
    // No-break space, ideographic space, em space, line separator.
    assert_eq!(word_count(&text("a\u{A0}b\u{3000}c\u{2003}d\u{2028}e")), 5);
    assert_eq!(first_word(&text("\u{3000}\u{A0}naïve café")), "naïve");
}

#[test]
fn words_beyond_ascii_are_counted_whole() {
    assert_eq!(word_count(&text("日本語 のテキスト 🦀")), 3);
    assert_eq!(first_word(&text("Σοφία Κοβαλέφσκαγια")), "Σοφία");
}

#[test]
fn blank_text_has_no_words() {
    assert_eq!(word_count(&text("")), 0);
    assert_eq!(word_count(&text(" \t ")), 0);
    assert_eq!(first_word(&text("   ")), "");
    assert_eq!(word_count(&text("\u{A0}\n\u{3000}")), 0);
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

    let indented = text("\t\u{3000} indented line");
    let word = first_word(&indented);
    assert_eq!(word, "indented");
    assert!(
        std::ptr::eq(word.as_ptr(), indented[5..].as_ptr()),
        "the first word must point into the text, after the whitespace"
    );
}

#[test]
fn shout_upper_cases_every_alphabet() {
    assert_eq!(shout(&text("hello")), "HELLO!");
    assert_eq!(shout(&text("straße")), "STRASSE!");
    assert_eq!(shout(&text("")), "!");
}

/// The words of `text`, found by walking its characters: a word is a run of
/// characters that are not whitespace.
fn oracle_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if c.is_whitespace() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

#[test]
fn every_whitespace_ends_the_first_word() {
    use support::inputs::WHITESPACE;
    support::check::agree_on(
        WHITESPACE.map(|space| format!("{space}first{space}second{space}third")),
        |line| oracle_words(line).first().cloned().unwrap_or_default(),
        |line| first_word(line).to_string(),
    );
}

#[test]
fn generated_sentences_agree_with_a_character_walk() {
    support::check::agree(
        support::inputs::generate::sentence(5),
        |line| oracle_words(line).len(),
        |line| word_count(line),
    );
    support::check::agree(
        support::inputs::generate::sentence(5),
        |line| oracle_words(line).first().cloned().unwrap_or_default(),
        |line| first_word(line).to_string(),
    );
}

#[test]
fn punctuation_is_part_of_a_word() {
    use support::inputs::NON_ASCII_PUNCTUATION;
    let ascii = [
        "Hello, world",
        "end.",
        "(aside) text",
        "it's",
        "-- dash",
        "\"quoted\" text",
    ];
    support::check::agree_on(
        ascii
            .map(String::from)
            .into_iter()
            .chain(NON_ASCII_PUNCTUATION.map(|p| format!("{p}word{p} next"))),
        |line| oracle_words(line).first().cloned().unwrap_or_default(),
        |line| first_word(line).to_string(),
    );
    support::check::agree(
        support::inputs::generate::text(12),
        |line| oracle_words(line).first().cloned().unwrap_or_default(),
        |line| first_word(line).to_string(),
    );
}

/// Every character of `text` in upper case, one after the other, then "!".
fn oracle_shout(text: &str) -> String {
    let mut loud = String::new();
    for c in text.chars() {
        loud.extend(c.to_uppercase());
    }
    loud + "!"
}

#[test]
fn shout_keeps_everything_and_adds_one_bang() {
    use support::inputs::CASE_CHANGES_LENGTH;
    let corpus = [
        "wow!",
        "wow! ",
        "  padded  ",
        "!",
        "hi!!",
        "line\n",
        "a\u{3000}",
    ];
    support::check::agree_on(
        corpus
            .map(String::from)
            .into_iter()
            .chain(CASE_CHANGES_LENGTH.map(|t| format!("{t} {t}!"))),
        |line| oracle_shout(line),
        |line| shout(line),
    );
    support::check::agree(
        support::inputs::generate::text(12),
        |line| oracle_shout(line),
        |line| shout(line),
    );
}
