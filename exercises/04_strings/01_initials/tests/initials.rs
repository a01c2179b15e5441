use strings_01_initials::initials;

#[test]
fn ascii_names() {
    assert_eq!(initials("Ada Lovelace"), "AL");
    assert_eq!(initials("Grace Brewster Hopper"), "GBH");
}

#[test]
fn characters_beyond_ascii() {
    assert_eq!(initials("Émile Zola"), "ÉZ");
    assert_eq!(initials("Σοφία Κοβαλέφσκαγια"), "ΣΚ");
}

#[test]
fn extra_whitespace_between_and_around_words() {
    assert_eq!(initials("  Alan   Mathison\tTuring "), "AMT");
}

#[test]
fn no_words_no_initials() {
    assert_eq!(initials(""), "");
    assert_eq!(initials("   "), "");
}

#[test]
fn accepts_a_borrowed_string() {
    let owned = String::from("Barbara Liskov");
    assert_eq!(initials(&owned), "BL");
    assert_eq!(owned, "Barbara Liskov");
}
