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
    assert!(word_counts(Vec::<String>::new(), 4).is_empty());
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

/// A document that makes the worker reading it panic.
enum Document {
    Text(&'static str),
    Unreadable,
}

impl AsRef<str> for Document {
    fn as_ref(&self) -> &str {
        match self {
            Document::Text(text) => text,
            Document::Unreadable => panic!("this document cannot be read"),
        }
    }
}

#[test]
fn a_worker_that_dies_does_not_leave_the_caller_waiting() {
    use std::sync::mpsc;
    use std::time::Duration;
    use std::{panic, thread};

    // The call runs on a thread of its own, so a caller that waits forever
    // is reported here instead of hanging the test.
    let (outcome_tx, outcome_rx) = mpsc::channel();
    thread::spawn(move || {
        let documents = vec![
            Document::Text("a b"),
            Document::Unreadable,
            Document::Text("c"),
        ];
        let outcome = panic::catch_unwind(move || word_counts(documents, 2));
        let _ = outcome_tx.send(outcome.is_err());
    });
    match outcome_rx.recv_timeout(Duration::from_secs(5)) {
        Ok(panicked) => assert!(
            panicked,
            "a worker panicked, but word_counts returned as if all went well"
        ),
        Err(_) => panic!(
            "word_counts was still waiting 5 s after a worker died before \
             sending: the results loop must end when no sender is left, not \
             after a number of results"
        ),
    }
}
