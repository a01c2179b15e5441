// A job holding an `Rc` must not be accepted: some worker thread would run it.
use async_07_pinned_job_queue::JobQueue;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

/// A future that shares its count through an `Rc`, which is not `Send`.
struct LocalCount(Rc<u32>);

impl Future for LocalCount {
    type Output = u32;

    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        Poll::Ready(*self.0)
    }
}

fn main() {
    let mut queue = JobQueue::new();
    queue.push(LocalCount(Rc::new(1))); //~ ERROR E0277
    assert_eq!(queue.len(), 1);
}
