use async_05_spawn_needs_static::count_healthy;
use std::collections::HashSet;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Barrier;

/// Fails the test, instead of hanging it, when `future` is stuck.
async fn finishes<F: Future>(future: F) -> F::Output {
    tokio::time::timeout(Duration::from_secs(2), future)
        .await
        .expect("stuck: the probes are not running at the same time")
}

fn urls(list: &[&str]) -> Vec<String> {
    list.iter().map(|url| url.to_string()).collect()
}

async fn https_only(url: String) -> bool {
    tokio::task::yield_now().await;
    url.starts_with("https://")
}

#[tokio::test]
async fn counts_the_healthy_urls() {
    let list = urls(&["https://a.example", "http://b.example", "https://c.example"]);
    assert_eq!(finishes(count_healthy(list, https_only)).await, 2);
}

#[tokio::test]
async fn no_urls_means_none_healthy() {
    assert_eq!(finishes(count_healthy(Vec::new(), https_only)).await, 0);
}

#[tokio::test]
async fn none_healthy_gives_zero() {
    let list = urls(&["http://a.example", "ftp://b.example"]);
    assert_eq!(finishes(count_healthy(list, https_only)).await, 0);
}

#[tokio::test]
async fn probes_run_concurrently() {
    // Every probe waits until all of them have started: probing one URL
    // after another would never get past the first.
    let list = urls(&["https://a", "https://b", "http://c", "https://d"]);
    let barrier = Arc::new(Barrier::new(list.len()));
    let probe = move |url: String| {
        let barrier = Arc::clone(&barrier);
        async move {
            barrier.wait().await;
            url.starts_with("https://")
        }
    };
    assert_eq!(finishes(count_healthy(list, probe)).await, 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_probes_on_several_threads_are_all_counted() {
    let list: Vec<String> = (0..500)
        .map(|n| {
            if n % 5 == 0 {
                format!("http://{n}")
            } else {
                format!("https://{n}")
            }
        })
        .collect();
    assert_eq!(finishes(count_healthy(list, https_only)).await, 400);
}

#[tokio::test]
async fn two_counts_running_at_once_keep_their_own_tally() {
    // All five probes of both counts wait for each other, so the two counts
    // are in progress at the same time: each needs a counter of its own.
    let barrier = Arc::new(Barrier::new(5));
    let probe_with = |barrier: Arc<Barrier>| {
        move |url: String| {
            let barrier = Arc::clone(&barrier);
            async move {
                barrier.wait().await;
                url.starts_with("https://")
            }
        }
    };
    let first = count_healthy(
        urls(&["https://a", "http://b"]),
        probe_with(barrier.clone()),
    );
    let second = count_healthy(
        urls(&["https://c", "https://d", "https://e"]),
        probe_with(barrier),
    );
    let counts = finishes(async { tokio::join!(first, second) }).await;
    assert_eq!(counts, (1, 3));
}

#[tokio::test]
async fn every_probe_runs_in_a_task_of_its_own() {
    let tasks = Arc::new(Mutex::new(Vec::new()));
    let probe = {
        let tasks = Arc::clone(&tasks);
        move |url: String| {
            let tasks = Arc::clone(&tasks);
            async move {
                tasks
                    .lock()
                    .expect("no probe panics")
                    .push(tokio::task::try_id());
                tokio::task::yield_now().await;
                url.starts_with("https://")
            }
        }
    };
    let list = urls(&["https://a", "http://b", "https://c", "https://d"]);
    assert_eq!(finishes(count_healthy(list, probe)).await, 3);

    let tasks = tasks.lock().expect("no probe panics");
    let caller = tokio::task::try_id();
    assert_eq!(tasks.len(), 4, "every probe runs once");
    assert!(
        tasks.iter().all(|task| task.is_some() && *task != caller),
        "a probe ran outside a task of its own: each one is spawned"
    );
    let distinct: HashSet<_> = tasks.iter().collect();
    assert_eq!(
        distinct.len(),
        4,
        "4 probes ran in {} tasks: one task per URL",
        distinct.len()
    );
}
