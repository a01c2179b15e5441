use async_07_pinned_job_queue::JobQueue;
use std::future::Future;
use std::time::Duration;
use tokio::sync::oneshot;

/// Fails the test, instead of hanging it, when `future` is stuck.
async fn finishes<F: Future>(future: F) -> F::Output {
    tokio::time::timeout(Duration::from_secs(2), future)
        .await
        .expect("stuck: a job waits for another job that is not running")
}

#[tokio::test]
async fn an_empty_queue_gives_no_results() {
    let queue: JobQueue<u32> = JobQueue::new();
    assert!(queue.is_empty());
    assert!(finishes(queue.run_all()).await.is_empty());
}

#[tokio::test]
async fn jobs_of_different_types_share_one_queue() {
    let mut queue = JobQueue::new();
    let base = 40;
    queue.push(async move { base + 2 });
    queue.push(std::future::ready(7));
    queue.push(async {
        tokio::task::yield_now().await;
        1
    });
    assert_eq!(queue.len(), 3);
    assert!(!queue.is_empty());
    assert_eq!(finishes(queue.run_all()).await, [42, 7, 1]);
}

#[tokio::test]
async fn pushing_runs_nothing() {
    let (tx, mut rx) = oneshot::channel();
    let mut queue = JobQueue::new();
    queue.push(async move {
        let _ = tx.send("ran");
    });
    assert!(rx.try_recv().is_err(), "the job must wait for run_all");
    finishes(queue.run_all()).await;
    assert_eq!(rx.try_recv(), Ok("ran"));
}

#[tokio::test]
async fn results_keep_push_order_even_when_a_later_job_finishes_first() {
    let (tx, rx) = oneshot::channel();
    let mut queue = JobQueue::new();
    queue.push(async move {
        // Needs the second job's answer.
        rx.await.expect("the second job sends") * 10
    });
    queue.push(async move {
        tx.send(4).expect("the first job is listening");
        4
    });
    assert_eq!(finishes(queue.run_all()).await, [40, 4]);
}

#[tokio::test]
async fn many_jobs_come_back_in_push_order() {
    let mut queue = JobQueue::new();
    for n in 0..1000u32 {
        queue.push(async move {
            if n % 3 == 0 {
                tokio::task::yield_now().await;
            }
            n * 2
        });
    }
    let expected: Vec<u32> = (0..1000).map(|n| n * 2).collect();
    assert_eq!(finishes(queue.run_all()).await, expected);
}
