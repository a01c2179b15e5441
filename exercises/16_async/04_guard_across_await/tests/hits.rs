// `#[tokio::test]` runs each test with `Runtime::block_on`; the rules bind the
// library only.
#![allow(clippy::disallowed_methods)]

use async_04_guard_across_await::{SharedStats, record_hit, snapshot};
use std::future::{Future, poll_fn};
use std::pin::pin;
use std::task::Poll;

#[tokio::test]
async fn one_hit_is_counted_and_audited() {
    let stats = SharedStats::default();
    record_hit(stats.clone(), "/home".to_string()).await;
    let seen = snapshot(&stats).await;
    assert_eq!(seen.hits, 1);
    assert_eq!(seen.audit, ["audited /home"]);
    assert_eq!(seen.last_page.as_deref(), Some("/home"));
}

#[tokio::test]
async fn nothing_recorded_gives_empty_stats() {
    let stats = SharedStats::default();
    let seen = snapshot(&stats).await;
    assert_eq!((seen.hits, seen.audit.len(), seen.last_page), (0, 0, None));
}

#[tokio::test]
async fn two_hits_recorded_concurrently_on_one_thread_both_finish() {
    // `#[tokio::test]` runs everything on one thread: if the first hit keeps
    // the thread's lock while it is suspended, the second one can never get it.
    let stats = SharedStats::default();
    tokio::join!(
        record_hit(stats.clone(), "/a".to_string()),
        record_hit(stats.clone(), "/b".to_string()),
    );
    let seen = snapshot(&stats).await;
    assert_eq!(seen.hits, 2);
    let mut audit = seen.audit.clone();
    audit.sort();
    assert_eq!(audit, ["audited /a", "audited /b"]);
    assert!(matches!(seen.last_page.as_deref(), Some("/a" | "/b")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_spawned_hits_are_each_counted_once() {
    let stats = SharedStats::default();
    let pages: Vec<String> = (0..200).map(|n| format!("/page/{}", n % 7)).collect();
    let mut handles = Vec::new();
    for page in &pages {
        let stats = stats.clone();
        let page = page.clone();
        // A task of its own, so the compiler demands a `Send` future.
        handles.push(tokio::spawn(async move { record_hit(stats, page).await }));
    }
    for handle in handles {
        handle.await.expect("no task panics");
    }
    let seen = snapshot(&stats).await;
    assert_eq!(seen.hits, 200);
    assert_eq!(seen.audit.len(), 200, "every hit is audited exactly once");
    let mut expected: Vec<String> = pages.iter().map(|page| format!("audited {page}")).collect();
    let mut audit = seen.audit.clone();
    expected.sort();
    audit.sort();
    assert_eq!(audit, expected);
}

#[tokio::test]
async fn a_hit_waits_for_the_audit_service() {
    let stats = SharedStats::default();
    let mut hit = pin!(record_hit(stats.clone(), "/slow".to_string()));
    let first_poll = poll_fn(|cx| Poll::Ready(hit.as_mut().poll(cx))).await;
    assert!(
        first_poll.is_pending(),
        "the audit call must stay awaited: the hit cannot be done after one poll"
    );
    // The entry comes back from the audit service, which has not answered
    // yet: a look at the stats now (when they are free) finds no entry.
    let seen_now = {
        // Polled once and dropped at once: a look that has to wait for the
        // lock gives up its place in the queue.
        let mut look = pin!(snapshot(&stats));
        poll_fn(|cx| Poll::Ready(look.as_mut().poll(cx))).await
    };
    if let Poll::Ready(seen) = seen_now {
        assert!(
            seen.audit.is_empty(),
            "the audit entry was stored before the hit first waited: the audit call \
             must stay awaited, not be run to its end and followed by another await"
        );
    }
    hit.await;
    let seen = snapshot(&stats).await;
    assert_eq!((seen.hits, seen.audit.len()), (1, 1));
}
