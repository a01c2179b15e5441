use lifetimes_03_contact_display_name::{Contact, display_name, find_keyword};

fn contact(first: &str, last: &str, nickname: Option<&str>) -> Contact {
    Contact {
        first: first.to_string(),
        last: last.to_string(),
        nickname: nickname.map(str::to_string),
    }
}

#[test]
fn display_name_prefers_the_nickname() {
    let grace = contact("Grace", "Hopper", Some("Amazing Grace"));
    assert_eq!(display_name(&grace), "Amazing Grace");
}

#[test]
fn display_name_joins_first_and_last_without_a_nickname() {
    let ada = contact("Ada", "Lovelace", None);
    assert_eq!(display_name(&ada), "Ada Lovelace");
}

#[test]
fn display_name_keeps_characters_beyond_ascii() {
    let emmy = contact("Amalie Emmy", "Nöther", None);
    assert_eq!(display_name(&emmy), "Amalie Emmy Nöther");
}

#[test]
fn find_keyword_returns_the_word_as_written() {
    assert_eq!(find_keyword("Learn RUST now", "rust"), Some("RUST"));
    assert_eq!(find_keyword("learn rust now", "Rust"), Some("rust"));
}

#[test]
fn find_keyword_returns_the_first_match() {
    let text = "Rust and rust and RUST";
    let found = find_keyword(text, "rust").expect("the keyword occurs");
    assert_eq!(found, "Rust");
    assert!(
        std::ptr::eq(found.as_ptr(), text.as_ptr()),
        "the result must be the first word of the text itself"
    );
}

#[test]
fn find_keyword_ignores_case_in_any_alphabet() {
    assert_eq!(
        find_keyword("Ainsi parla ÉMILE hier", "émile"),
        Some("ÉMILE")
    );
    assert_eq!(find_keyword("ΣΟΦΙΑ", "σοφια"), Some("ΣΟΦΙΑ"));
}

#[test]
fn find_keyword_matches_whole_words_only() {
    assert_eq!(find_keyword("trusted rusty crust", "rust"), None);
    assert_eq!(find_keyword("", "rust"), None);
}
