// variant: one global background thread runs every job in turn
// expect: tests
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Mutex, OnceLock};
use std::thread;

type Task = Box<dyn FnOnce() + Send>;

/// One background thread, started on first use, runs every job in turn.
fn background() -> &'static Mutex<Sender<Task>> {
    static QUEUE: OnceLock<Mutex<Sender<Task>>> = OnceLock::new();
    QUEUE.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<Task>();
        thread::spawn(move || {
            for task in rx {
                task();
            }
        });
        Mutex::new(tx)
    })
}

pub struct JobHandle<T> {
    outcome: Receiver<thread::Result<T>>,
}

impl<T> JobHandle<T> {
    /// Waits for the job; `Err` carries the payload of a panic in the job.
    pub fn join(self) -> thread::Result<T> {
        self.outcome
            .recv()
            .expect("the worker sends one outcome per job")
    }
}

pub fn spawn_job<F, T>(job: F) -> JobHandle<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    let (tx, outcome) = mpsc::channel();
    let task: Task = Box::new(move || {
        let _ = tx.send(panic::catch_unwind(AssertUnwindSafe(job)));
    });
    background()
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .send(task)
        .expect("the background thread runs forever");
    JobHandle { outcome }
}
