use lifetimes_02_loudest_word::loudest_word;

#[test]
fn shouts_the_longest_word() {
    assert_eq!(loudest_word(&["own", "borrow", "move"]), "BORROW");
}

#[test]
fn an_empty_list_gives_an_empty_string() {
    assert_eq!(loudest_word(&[]), "");
}

#[test]
fn a_single_word_is_shouted() {
    assert_eq!(loudest_word(&["quiet"]), "QUIET");
}

#[test]
fn the_earlier_word_wins_a_tie() {
    assert_eq!(loudest_word(&["left", "righ", "mid"]), "LEFT");
}

#[test]
fn length_is_counted_in_characters_after_shouting() {
    // "ßß" shouts as "SSSS": 4 characters, more than "ABC".
    assert_eq!(loudest_word(&["abc", "ßß"]), "SSSS");
    // "éé" is 2 characters in 4 bytes; "abc" has 3.
    assert_eq!(loudest_word(&["éé", "abc"]), "ABC");
}
