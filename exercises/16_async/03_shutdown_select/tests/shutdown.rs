use async_03_shutdown_select::{Outcome, run_until_shutdown, worker};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::{broadcast, mpsc, oneshot};

/// Fails the test, instead of hanging it, when `future` is stuck: 1 s is
/// ample for work that needs microseconds once it is free to finish.
async fn finishes<F: Future>(future: F) -> F::Output {
    tokio::time::timeout(Duration::from_secs(1), future)
        .await
        .expect("stuck: still waiting although a shutdown was announced")
}

/// Work that waits for `gate`, then sets `finished` and returns 7.
async fn gated_work(gate: oneshot::Receiver<()>, finished: Arc<AtomicBool>) -> u32 {
    let _ = gate.await;
    finished.store(true, Ordering::SeqCst);
    7
}

#[tokio::test]
async fn work_that_finishes_first_gives_its_value() {
    let (_shutdown_tx, mut shutdown) = broadcast::channel::<()>(1);
    let outcome = finishes(run_until_shutdown(async { "done" }, &mut shutdown)).await;
    assert_eq!(outcome, Outcome::Finished("done"));
}

#[tokio::test]
async fn a_shutdown_abandons_pending_work() {
    let (shutdown_tx, mut shutdown) = broadcast::channel(1);
    let (gate_tx, gate) = oneshot::channel();
    let finished = Arc::new(AtomicBool::new(false));
    shutdown_tx.send(()).expect("a receiver exists");

    let outcome = finishes(run_until_shutdown(
        gated_work(gate, finished.clone()),
        &mut shutdown,
    ))
    .await;

    assert_eq!(outcome, Outcome::ShutDown);
    assert!(
        gate_tx.send(()).is_err(),
        "the abandoned work must have been dropped, taking its receiver with it"
    );
    tokio::task::yield_now().await;
    assert!(
        !finished.load(Ordering::SeqCst),
        "the code after the await never runs"
    );
}

#[tokio::test]
async fn a_shutdown_announced_while_waiting_interrupts_the_work() {
    let (shutdown_tx, mut shutdown) = broadcast::channel(1);
    let (_gate_tx, gate) = oneshot::channel();
    let finished = Arc::new(AtomicBool::new(false));
    let announce = async move {
        tokio::task::yield_now().await;
        shutdown_tx.send(()).expect("the runner is listening");
    };
    let (outcome, ()) = finishes(async {
        tokio::join!(
            run_until_shutdown(gated_work(gate, finished.clone()), &mut shutdown),
            announce
        )
    })
    .await;
    assert_eq!(outcome, Outcome::ShutDown);
    assert!(!finished.load(Ordering::SeqCst));
}

#[tokio::test]
async fn a_closed_shutdown_channel_counts_as_a_shutdown() {
    let (shutdown_tx, mut shutdown) = broadcast::channel::<()>(1);
    drop(shutdown_tx);
    let (_gate_tx, gate) = oneshot::channel();
    let finished = Arc::new(AtomicBool::new(false));
    let outcome = finishes(run_until_shutdown(
        gated_work(gate, finished),
        &mut shutdown,
    ))
    .await;
    assert_eq!(outcome, Outcome::ShutDown);
}

#[tokio::test]
async fn a_worker_records_every_job_until_the_queue_closes() {
    let (_shutdown_tx, shutdown) = broadcast::channel(1);
    let (jobs_tx, jobs) = mpsc::channel(8);
    for job in [3, 1, 2] {
        jobs_tx.send(job).await.expect("the worker's queue is open");
    }
    drop(jobs_tx);
    assert_eq!(finishes(worker(jobs, shutdown)).await, [3, 1, 2]);
}

#[tokio::test]
async fn an_idle_worker_stops_on_shutdown() {
    let (shutdown_tx, shutdown) = broadcast::channel(1);
    let (jobs_tx, jobs) = mpsc::channel(8);
    let boss = async move {
        jobs_tx.send(10).await.expect("queue open");
        jobs_tx.send(20).await.expect("queue open");
        // Let the worker take both jobs before the shutdown.
        for _ in 0..3 {
            tokio::task::yield_now().await;
        }
        shutdown_tx.send(()).expect("the worker is listening");
        jobs_tx // kept alive: the queue never closes
    };
    let (done, _queue) = finishes(async { tokio::join!(worker(jobs, shutdown), boss) }).await;
    assert_eq!(done, [10, 20]);
}

#[tokio::test]
async fn one_announcement_stops_every_worker() {
    let (shutdown_tx, _) = broadcast::channel(1);
    let (first_tx, first_jobs) = mpsc::channel::<u32>(1);
    let (second_tx, second_jobs) = mpsc::channel::<u32>(1);
    let first = worker(first_jobs, shutdown_tx.subscribe());
    let second = worker(second_jobs, shutdown_tx.subscribe());
    let announce = async {
        tokio::task::yield_now().await;
        shutdown_tx.send(()).expect("two workers listen")
    };
    let (first, second, listeners) =
        finishes(async { tokio::join!(first, second, announce) }).await;
    assert_eq!(listeners, 2, "both workers were subscribed");
    assert!(first.is_empty() && second.is_empty());
    drop((first_tx, second_tx));
}

#[tokio::test]
async fn dropping_every_shutdown_sender_stops_an_idle_worker() {
    let (shutdown_tx, shutdown) = broadcast::channel::<()>(1);
    let (_jobs_tx, jobs) = mpsc::channel(1);
    drop(shutdown_tx);
    assert!(finishes(worker(jobs, shutdown)).await.is_empty());
}

/// A future that counts how often it is polled, that is, woken.
struct Counted<F> {
    inner: Pin<Box<F>>,
    polls: Arc<AtomicUsize>,
}

impl<F: Future> Future for Counted<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        self.polls.fetch_add(1, Ordering::SeqCst);
        self.inner.as_mut().poll(cx)
    }
}

/// How long nothing happens in the tests below. A future that waits for
/// both things at once is polled about twice whatever this is; one that
/// checks again and again is polled far more often.
const IDLE: Duration = Duration::from_millis(100);
const MOST_POLLS: usize = 5;

#[tokio::test]
async fn an_idle_worker_sleeps_until_the_shutdown() {
    let (shutdown_tx, shutdown) = broadcast::channel(1);
    let (_jobs_tx, jobs) = mpsc::channel::<u32>(8);
    let polls = Arc::new(AtomicUsize::new(0));
    // A task of its own, so it is polled only when it is woken.
    let task = tokio::spawn(Counted {
        inner: Box::pin(worker(jobs, shutdown)),
        polls: Arc::clone(&polls),
    });
    tokio::time::sleep(IDLE).await;
    shutdown_tx.send(()).expect("the worker is listening");
    let done = finishes(task).await.expect("the worker does not panic");
    assert!(done.is_empty());
    let polls = polls.load(Ordering::SeqCst);
    assert!(
        polls <= MOST_POLLS,
        "an idle worker was polled {polls} times in {IDLE:?}: it must wait for a job \
         and the shutdown at once, not check them again and again"
    );
}

#[tokio::test]
async fn pending_work_sleeps_until_the_shutdown() {
    let (shutdown_tx, mut shutdown) = broadcast::channel(1);
    let (_gate_tx, gate) = oneshot::channel();
    let finished = Arc::new(AtomicBool::new(false));
    let polls = Arc::new(AtomicUsize::new(0));
    let work = gated_work(gate, Arc::clone(&finished));
    let task = tokio::spawn(Counted {
        inner: Box::pin(async move { run_until_shutdown(work, &mut shutdown).await }),
        polls: Arc::clone(&polls),
    });
    tokio::time::sleep(IDLE).await;
    shutdown_tx.send(()).expect("the runner is listening");
    let outcome = finishes(task).await.expect("the runner does not panic");
    assert_eq!(outcome, Outcome::ShutDown);
    let polls = polls.load(Ordering::SeqCst);
    assert!(
        polls <= MOST_POLLS,
        "waiting work was polled {polls} times in {IDLE:?}: it must wait for the work \
         and the shutdown at once, not check them again and again"
    );
}

/// A long wait on tokio's paused clock, moved on by hand in small steps: it
/// passes in little real time, but a future that wakes itself on a timer to
/// check again is polled at least once per tick or per step.
const LONG_IDLE: Duration = Duration::from_secs(60);
const STEP: Duration = Duration::from_millis(10);

async fn pass_long_idle() {
    let mut passed = Duration::ZERO;
    while passed < LONG_IDLE {
        tokio::time::advance(STEP).await;
        passed += STEP;
    }
}

#[tokio::test(start_paused = true)]
async fn an_idle_worker_sets_no_timer_to_check_again() {
    let (shutdown_tx, shutdown) = broadcast::channel(1);
    let (_jobs_tx, jobs) = mpsc::channel::<u32>(8);
    let polls = Arc::new(AtomicUsize::new(0));
    let task = tokio::spawn(Counted {
        inner: Box::pin(worker(jobs, shutdown)),
        polls: Arc::clone(&polls),
    });
    pass_long_idle().await;
    shutdown_tx.send(()).expect("the worker is listening");
    let done = finishes(task).await.expect("the worker does not panic");
    assert!(done.is_empty());
    let polls = polls.load(Ordering::SeqCst);
    assert!(
        polls <= MOST_POLLS,
        "an idle worker was polled {polls} times in {LONG_IDLE:?} of tokio's clock: it \
         must wait for a job and the shutdown at once, not wake up to check them"
    );
}

#[tokio::test(start_paused = true)]
async fn pending_work_sets_no_timer_to_check_again() {
    let (shutdown_tx, mut shutdown) = broadcast::channel(1);
    let (_gate_tx, gate) = oneshot::channel();
    let finished = Arc::new(AtomicBool::new(false));
    let polls = Arc::new(AtomicUsize::new(0));
    let work = gated_work(gate, Arc::clone(&finished));
    let task = tokio::spawn(Counted {
        inner: Box::pin(async move { run_until_shutdown(work, &mut shutdown).await }),
        polls: Arc::clone(&polls),
    });
    pass_long_idle().await;
    shutdown_tx.send(()).expect("the runner is listening");
    let outcome = finishes(task).await.expect("the runner does not panic");
    assert_eq!(outcome, Outcome::ShutDown);
    let polls = polls.load(Ordering::SeqCst);
    assert!(
        polls <= MOST_POLLS,
        "waiting work was polled {polls} times in {LONG_IDLE:?} of tokio's clock: it \
         must wait for the work and the shutdown at once, not wake up to check them"
    );
}

#[tokio::test]
async fn jobs_queued_after_the_shutdown_are_not_all_recorded() {
    const QUEUED: u32 = 64;
    let (shutdown_tx, shutdown) = broadcast::channel(1);
    let (jobs_tx, jobs) = mpsc::channel(QUEUED as usize);
    let task = tokio::spawn(worker(jobs, shutdown));
    // Let the worker start and wait on its idle queue.
    for _ in 0..3 {
        tokio::task::yield_now().await;
    }
    shutdown_tx.send(()).expect("the worker is listening");
    for job in 0..QUEUED {
        jobs_tx.try_send(job).expect("room for every job");
    }
    let done = finishes(task).await.expect("the worker does not panic");
    // When the worker wakes, both the shutdown and a job are ready: it may
    // take a few jobs first, but a worker that stops on the shutdown does
    // not take all 64 (one that picks at random would have to lose 64 times
    // in a row).
    assert!(
        done.len() < QUEUED as usize,
        "the worker recorded all {QUEUED} jobs queued after the shutdown: once it \
         sees the shutdown it stops, without finishing the queue"
    );
}
