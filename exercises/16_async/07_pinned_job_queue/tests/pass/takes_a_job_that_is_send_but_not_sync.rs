// Moving between threads needs `Send`, not `Sync`: a job is never shared by
// two threads at once. This job keeps a `Cell` (`Send`, but not `Sync`)
// across an await point, so it is `Send` and not `Sync`, and the queue takes
// it and still runs on a spawned task.
use async_07_pinned_job_queue::JobQueue;
use std::cell::Cell;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut queue = JobQueue::new();
    queue.push(async {
        let count = Cell::new(1);
        tokio::task::yield_now().await;
        count.set(count.get() + 1);
        count.get()
    });
    queue.push(async { 40 });
    let results = tokio::spawn(queue.run_all()).await.expect("no job panics");
    assert_eq!(results, [2, 40]);
}
