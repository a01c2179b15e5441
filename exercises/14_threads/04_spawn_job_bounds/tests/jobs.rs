use std::sync::mpsc;
use std::thread;
use std::time::Duration;
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
