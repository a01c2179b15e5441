use std::collections::HashSet;
use std::sync::Arc;
use std::thread;
use threads_02_rc_to_arc::{Catalogue, count_in_parallel};

fn shop() -> Arc<Catalogue> {
    Arc::new(Catalogue::new(&[
        "The Rust Programming Language",
        "Programming Rust",
        "Rust for Rustaceans",
        "Zero To Production In Rust",
        "Crafting Interpreters",
        "Café Society",
    ]))
}

#[test]
fn counts_come_back_in_the_order_of_the_queries() {
    let counts = count_in_parallel(shop(), &["Rust", "Programming", "Interpreters"]);
    assert_eq!(counts, [4, 2, 1]);
}

#[test]
fn no_queries_give_no_counts() {
    assert!(count_in_parallel(shop(), &[]).is_empty());
}

#[test]
fn a_word_that_matches_nothing_counts_zero() {
    assert_eq!(count_in_parallel(shop(), &["Haskell"]), [0]);
}

#[test]
fn matching_is_case_sensitive_and_works_on_unicode() {
    assert_eq!(count_in_parallel(shop(), &["rust", "Café"]), [0, 1]);
}

#[test]
fn many_queries_share_one_catalogue() {
    let catalogue = shop();
    let words: Vec<&str> = std::iter::repeat_n("Rust", 64).collect();
    let counts = count_in_parallel(Arc::clone(&catalogue), &words);
    assert_eq!(counts, vec![4; 64]);
    assert_eq!(
        Arc::strong_count(&catalogue),
        1,
        "every worker dropped its clone of the pointer"
    );
}

#[test]
fn every_query_is_counted_on_a_worker_of_its_own() {
    let catalogue = shop();
    let words = ["Rust", "Programming", "Café", "Haskell"];
    let counts = count_in_parallel(Arc::clone(&catalogue), &words);
    assert_eq!(counts, [4, 2, 1, 0]);

    let threads = catalogue.searched_on();
    assert_eq!(
        threads.len(),
        words.len(),
        "the caller's catalogue logged {} searches for {} queries: the workers \
         must search the shared catalogue, not a copy",
        threads.len(),
        words.len()
    );
    assert!(
        !threads.contains(&thread::current().id()),
        "a query was counted on the caller's thread"
    );
    let distinct: HashSet<_> = threads.iter().collect();
    assert_eq!(
        distinct.len(),
        words.len(),
        "one thread per query: {} threads counted {} queries",
        distinct.len(),
        words.len()
    );
}
