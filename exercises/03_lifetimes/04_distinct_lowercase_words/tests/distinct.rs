use lifetimes_04_distinct_lowercase_words::distinct_words;

#[test]
fn lists_each_word_once_in_sorted_order() {
    assert_eq!(
        distinct_words("the borrow the move the owner"),
        ["borrow", "move", "owner", "the"]
    );
}

#[test]
fn case_and_surrounding_punctuation_do_not_make_a_new_word() {
    assert_eq!(distinct_words("Rust, rust! (RUST) -- \"rust\""), ["rust"]);
}

#[test]
fn punctuation_inside_a_word_is_kept() {
    assert_eq!(distinct_words("don't stop"), ["don't", "stop"]);
}

#[test]
fn no_words_give_an_empty_list() {
    assert!(distinct_words("").is_empty());
    assert!(distinct_words("  \t -- ... \n").is_empty());
}

#[test]
fn words_beyond_ascii_are_lowered_too() {
    assert_eq!(
        distinct_words("Émile émile ΣΟΦΙΑ σοφια"),
        ["émile", "σοφια"]
    );
}
