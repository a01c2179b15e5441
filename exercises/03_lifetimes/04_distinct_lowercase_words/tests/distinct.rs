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

#[test]
fn punctuation_beyond_ascii_is_trimmed_too() {
    assert_eq!(
        distinct_words("«Rust» “rust” ¡RUST! ¿rust? rust… —rust— 「rust」 ‘rust’"),
        ["rust"]
    );
    assert!(distinct_words("« — … »").is_empty());
}

#[test]
fn letters_beyond_ascii_at_the_edges_are_kept() {
    assert_eq!(
        distinct_words("Émile, CAFÉ! (ÉTÉ) café été émile"),
        ["café", "émile", "été"]
    );
}

#[test]
fn any_whitespace_separates_words() {
    assert_eq!(
        distinct_words("one\ttwo\nthree\r\nfour\u{a0}five\u{3000}six"),
        ["five", "four", "one", "six", "three", "two"]
    );
}
