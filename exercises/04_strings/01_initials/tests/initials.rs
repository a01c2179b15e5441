use strings_01_initials::initials;

#[test]
fn ascii_names() {
    assert_eq!(initials("Ada Lovelace"), "AL");
    assert_eq!(initials("Grace Brewster Hopper"), "GBH");
}

#[test]
fn a_single_word_gives_one_initial() {
    assert_eq!(initials("Plato"), "P");
    assert_eq!(initials("É"), "É");
}

#[test]
fn characters_beyond_ascii() {
    assert_eq!(initials("Émile Zola"), "ÉZ");
    assert_eq!(initials("Σοφία Κοβαλέφσκαγια"), "ΣΚ");
    // Three and four bytes of UTF-8 per character.
    assert_eq!(initials("山田 太郎"), "山太");
    assert_eq!(initials("🦀 Ferris"), "🦀F");
}

#[test]
fn the_first_character_even_when_it_is_not_a_letter() {
    // The typographic apostrophe is three bytes of punctuation.
    assert_eq!(initials("Gerard ’t Hooft"), "G’H");
}

#[test]
fn extra_whitespace_between_and_around_words() {
    assert_eq!(initials("  Alan   Mathison\tTuring "), "AMT");
    assert_eq!(initials("Alan\nTuring\r\n"), "AT");
}

#[test]
fn whitespace_beyond_ascii_separates_words_too() {
    // No-break space, ideographic space, em space, and a vertical tab.
    assert_eq!(initials("Ada\u{A0}Lovelace"), "AL");
    assert_eq!(initials("山田\u{3000}太郎"), "山太");
    assert_eq!(initials("Grace\u{2003}Hopper\u{0B}Murray"), "GHM");
}

#[test]
fn no_words_no_initials() {
    assert_eq!(initials(""), "");
    assert_eq!(initials("   "), "");
    assert_eq!(initials("\t\n\u{A0}\u{3000}"), "");
}

#[test]
fn accepts_a_borrowed_string() {
    let owned = String::from("Barbara Liskov");
    assert_eq!(initials(&owned), "BL");
    assert_eq!(owned, "Barbara Liskov");
}

/// Obviously right, and written another way: a walk over the characters
/// that takes the first one after any whitespace.
fn oracle(name: &str) -> String {
    let mut initials = String::new();
    let mut word_starts = true;
    for c in name.chars() {
        if c.is_whitespace() {
            word_starts = true;
        } else if word_starts {
            initials.push(c);
            word_starts = false;
        }
    }
    initials
}

#[test]
fn every_unicode_whitespace_separates_words() {
    use support::inputs::WHITESPACE;
    support::check::agree_on(
        WHITESPACE.map(|space| format!("{space}Ada{space}{space}Lovelace{space}")),
        |name| oracle(name),
        |name| initials(name),
    );
}

#[test]
fn invisible_characters_that_are_not_whitespace_stay_inside_words() {
    use support::inputs::NOT_WHITESPACE;
    // A zero-width space, a word joiner and a byte order mark are not
    // whitespace: they do not separate words.
    support::check::agree_on(
        NOT_WHITESPACE.map(|c| format!("Ada{c}Lovelace Byron {c}Grace")),
        |name| oracle(name),
        |name| initials(name),
    );
}

#[test]
fn any_name_gives_the_first_character_of_each_word() {
    support::check::agree(
        support::inputs::generate::sentence(5),
        |name| oracle(name),
        |name| initials(name),
    );
}
