// The queue is filled on one task and run on another, on the
// multi-threaded runtime: `run_all`'s future must be `Send + 'static`.
use async_07_pinned_job_queue::JobQueue;
use std::time::Duration;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut queue = JobQueue::new();
    queue.push(async { String::from("first") });
    queue.push(async {
        tokio::time::sleep(Duration::from_millis(1)).await;
        String::from("second")
    });
    let results = tokio::spawn(queue.run_all()).await.expect("no job panics");
    assert_eq!(results, ["first", "second"]);
}
