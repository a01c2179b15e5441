use std::sync::{Arc, mpsc};
use std::thread;
use std::time::Duration;
use support::threads::{Rendezvous, ThreadLog};
use threads_04_spawn_job_bounds::spawn_job;

#[test]
fn join_gives_the_result_of_the_job() {
    let numbers: Vec<u64> = (1..=100).collect();
    let handle = spawn_job(move || numbers.iter().sum::<u64>());
    assert_eq!(handle.join().ok(), Some(5050));
}

#[test]
fn the_job_runs_on_another_thread() {
    let handle = spawn_job(|| thread::current().id());
    let job_thread = handle.join().ok();
    assert!(job_thread.is_some(), "the job did not panic");
    assert_ne!(
        job_thread,
        Some(thread::current().id()),
        "the job ran on the caller's thread"
    );
}

#[test]
fn spawn_job_returns_before_the_job_is_done() {
    // The job waits for a message that is only sent after `spawn_job` has
    // returned. Run inline, it would give up waiting and report `false`.
    let (go, wait_for_go) = mpsc::channel::<()>();
    let handle = spawn_job(move || wait_for_go.recv_timeout(Duration::from_secs(3)).is_ok());
    // This fails only if the job has already given up waiting.
    let _ = go.send(());
    assert_eq!(
        handle.join().ok(),
        Some(true),
        "spawn_job blocked until the job had finished"
    );
}

#[test]
fn a_panicking_job_is_reported_by_join() {
    let handle = spawn_job(|| -> u32 { panic!("the job failed on purpose") });
    let payload = handle.join().expect_err("the job panicked");
    assert_eq!(
        payload.downcast_ref::<&str>(),
        Some(&"the job failed on purpose")
    );
}

#[test]
fn many_jobs_run_independently() {
    let handles: Vec<_> = (0..32_u64).map(|n| spawn_job(move || n * n)).collect();
    let squares: Vec<u64> = handles
        .into_iter()
        .map(|handle| handle.join().expect("no job panics"))
        .collect();
    assert_eq!(squares, (0..32_u64).map(|n| n * n).collect::<Vec<_>>());
}

#[test]
fn each_job_runs_on_its_own_thread_at_the_same_time() {
    // Every job waits inside the rendezvous until all are in: jobs run one
    // after another by a single background thread never meet there.
    const JOBS: usize = 4;
    let meeting = Arc::new(Rendezvous::new(JOBS, Duration::from_millis(500)));
    let log = Arc::new(ThreadLog::new());
    let handles: Vec<_> = (0..JOBS)
        .map(|job| {
            let meeting = Arc::clone(&meeting);
            let log = Arc::clone(&log);
            spawn_job(move || {
                log.record(job);
                meeting.arrive()
            })
        })
        .collect();
    for handle in handles {
        assert!(handle.join().is_ok(), "no job panics");
    }
    let jobs: Vec<usize> = (0..JOBS).collect();
    log.assert_each_on_its_own_thread(&jobs, thread::current().id());
    meeting.assert_met("the jobs");
}
