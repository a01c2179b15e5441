use ownership_01_moves::summary;

fn words(list: &[&str]) -> Vec<String> {
    list.iter().map(|word| word.to_string()).collect()
}

#[test]
fn counts_words_and_letters() {
    assert_eq!(summary(words(&["borrow", "move"])), "2 words, 10 letters");
}

#[test]
fn empty_list() {
    assert_eq!(summary(Vec::new()), "0 words, 0 letters");
}

#[test]
fn letters_are_characters_not_bytes() {
    assert_eq!(summary(words(&["café"])), "1 words, 4 letters");
}
