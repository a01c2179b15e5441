use lifetimes_03_contact_display_name::{Contact, display_name};

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
    let emmy = contact("Emmy", "Nöther", None);
    assert_eq!(display_name(&emmy), "Emmy Nöther");
}

#[test]
fn mention_is_returned_as_written() {
    let ada = contact("Ada", "Lovelace", None);
    assert_eq!(ada.mentioned_in("Thanks ADA for it"), Some("ADA"));
    assert_eq!(ada.mentioned_in("thanks ada"), Some("ada"));
}

#[test]
fn mention_is_the_first_match_in_the_text() {
    let ada = contact("ada", "Lovelace", None);
    let text = "Ada and ada and ADA";
    let found = ada.mentioned_in(text).expect("the name occurs");
    assert_eq!(found, "Ada");
    assert!(
        std::ptr::eq(found.as_ptr(), text.as_ptr()),
        "the result must be the first word of the text itself"
    );
}

#[test]
fn mention_ignores_case_in_any_alphabet() {
    let emile = contact("Émile", "Zola", None);
    assert_eq!(emile.mentioned_in("merci ÉMILE hier"), Some("ÉMILE"));
    let sofia = contact("Σοφία", "Κοβαλέφσκαγια", None);
    assert_eq!(sofia.mentioned_in("ΓΕΙΑ ΣΟΦΊΑ"), Some("ΣΟΦΊΑ"));
}

#[test]
fn mention_matches_whole_words_only() {
    let ada = contact("Ada", "Lovelace", None);
    assert_eq!(ada.mentioned_in("Adam read Canada news"), None);
    assert_eq!(ada.mentioned_in("Thanks ADA!"), None);
    assert_eq!(ada.mentioned_in(""), None);
}
