// The tests may wait with a timeout; the rules bind the library only.
#![allow(clippy::disallowed_methods)]

use channels_03_worker_pool_drop_tx::word_counts;
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::thread::{self, ThreadId};

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
    // Borrowed text works as well as owned: no-break and ideographic spaces.
    let borrowed: Vec<&'static str> = vec!["prix\u{a0}fixe", "東京\u{3000}大阪\r\n", " "];
    assert_eq!(word_counts(borrowed, 2), [2, 2, 0]);
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
        // What the caller's panic says, if it panicked with a message.
        let _ = outcome_tx.send(outcome.map_err(|panic| {
            panic
                .downcast_ref::<&str>()
                .map(|text| text.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
        }));
    });
    match outcome_rx.recv_timeout(Duration::from_secs(5)) {
        Ok(Err(message)) => assert_eq!(
            message.as_deref(),
            Some("this document cannot be read"),
            "word_counts must pass on the worker's own panic, not one of its own"
        ),
        Ok(Ok(counts)) => {
            panic!("a worker panicked, but word_counts returned {counts:?} as if all went well")
        }
        Err(_) => panic!(
            "word_counts was still waiting 5 s after a worker died before \
             sending: the results loop must end when no sender is left, not \
             after a number of results"
        ),
    }
}

/// A document that notes which thread reads it.
struct Watched {
    index: usize,
    readers: Arc<Mutex<Vec<(usize, ThreadId)>>>,
}

impl AsRef<str> for Watched {
    fn as_ref(&self) -> &str {
        self.readers
            .lock()
            .expect("no reader panics")
            .push((self.index, thread::current().id()));
        "read me"
    }
}

#[test]
fn worker_w_reads_documents_w_then_w_plus_workers_and_so_on() {
    for (workers, expected) in [
        (3, vec![vec![0, 3, 6, 9], vec![1, 4, 7], vec![2, 5, 8]]),
        (0, vec![(0..10).collect()]),
        (12, (0..10).map(|index| vec![index]).collect()),
    ] {
        let readers = Arc::new(Mutex::new(Vec::new()));
        let documents: Vec<Watched> = (0..10)
            .map(|index| Watched {
                index,
                readers: Arc::clone(&readers),
            })
            .collect();
        assert_eq!(word_counts(documents, workers), [2; 10]);

        let mut shares: HashMap<ThreadId, BTreeSet<usize>> = HashMap::new();
        for &(index, reader) in readers.lock().expect("no reader panics").iter() {
            shares.entry(reader).or_default().insert(index);
        }
        assert!(
            !shares.contains_key(&thread::current().id()),
            "with {workers} workers, documents were read on the calling thread: \
             the workers must count them"
        );
        let mut shares: Vec<Vec<usize>> = shares
            .into_values()
            .map(|share| share.into_iter().collect())
            .collect();
        shares.sort();
        assert_eq!(
            shares, expected,
            "with {workers} workers, the documents each worker thread read"
        );
    }
}
