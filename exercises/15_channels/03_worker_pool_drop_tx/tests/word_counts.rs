use channels_03_worker_pool_drop_tx::word_counts;

fn documents(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|text| text.to_string()).collect()
}

#[test]
fn counts_come_back_in_document_order() {
    let counts = word_counts(documents(&["one", "two words", "three more words"]), 2);
    assert_eq!(counts, [1, 2, 3]);
}

#[test]
fn no_documents_give_no_counts() {
    assert!(word_counts(Vec::new(), 4).is_empty());
}

#[test]
fn zero_workers_means_one() {
    assert_eq!(word_counts(documents(&["a b", "c"]), 0), [2, 1]);
}

#[test]
fn more_workers_than_documents() {
    assert_eq!(word_counts(documents(&["x y z"]), 8), [3]);
}

#[test]
fn whitespace_of_any_kind_separates_words() {
    assert_eq!(
        word_counts(documents(&["  naïve\tcafé \n déjà vu  ", ""]), 3),
        [4, 0]
    );
}

#[test]
fn a_thousand_documents_on_four_workers() {
    let texts: Vec<String> = (0..1_000).map(|n| "word ".repeat(n % 17)).collect();
    let counts = word_counts(texts, 4);
    let expected: Vec<usize> = (0..1_000).map(|n| n % 17).collect();
    assert_eq!(counts, expected);
}
