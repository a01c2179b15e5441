use borrowing_01_grow_while_reading::repeat_longest;

fn list(words: &[&str]) -> Vec<String> {
    words.iter().map(|word| word.to_string()).collect()
}

#[test]
fn appends_a_copy_of_the_longest_word() {
    let mut words = list(&["a", "abc", "ab"]);
    assert_eq!(repeat_longest(&mut words), 3);
    assert_eq!(words, list(&["a", "abc", "ab", "abc"]));
}

#[test]
fn an_empty_list_stays_empty() {
    let mut words = Vec::new();
    assert_eq!(repeat_longest(&mut words), 0);
    assert!(words.is_empty());
}

#[test]
fn length_counts_characters_not_bytes() {
    // "héé" has 3 characters in 5 bytes; "abcd" has 4 in 4.
    let mut words = list(&["héé", "abcd"]);
    assert_eq!(repeat_longest(&mut words), 4);
    assert_eq!(words.last().map(String::as_str), Some("abcd"));
}

#[test]
fn a_single_word_is_doubled() {
    let mut words = list(&["borrow"]);
    assert_eq!(repeat_longest(&mut words), 6);
    assert_eq!(words, list(&["borrow", "borrow"]));
}

#[test]
fn a_tie_appends_one_of_the_longest_words() {
    let mut words = list(&["ab", "x", "cd"]);
    assert_eq!(repeat_longest(&mut words), 2);
    assert_eq!(words.len(), 4);
    assert!(
        words[3] == "ab" || words[3] == "cd",
        "appended {:?}, which is not one of the longest words",
        words[3]
    );
    assert_eq!(words[..3], list(&["ab", "x", "cd"]));
}
