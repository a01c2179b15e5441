// Jobs that wait for other jobs are given a deadline of 3 s, so a pool that
// cannot run them concurrently fails the test instead of hanging. The one
// test that proves a pool never runs too many jobs at once waits out its
// (shorter) deadline with a correct pool; only an oversized pool ends early.
use channels_05_crossbeam_fanout::{Done, fan_out};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::{Condvar, Mutex};
use std::thread::{self, ThreadId};
use std::time::Duration;

const DEADLINE: Duration = Duration::from_secs(3);

/// A counter that jobs can wait on.
struct Gate {
    count: Mutex<usize>,
    changed: Condvar,
}

impl Gate {
    fn new() -> Self {
        Gate {
            count: Mutex::new(0),
            changed: Condvar::new(),
        }
    }

    fn arrive(&self) {
        *self.count.lock().expect("no job panics") += 1;
        self.changed.notify_all();
    }

    /// Waits until `target` arrivals; false if the deadline passed first.
    fn wait_for(&self, target: usize) -> bool {
        let count = self.count.lock().expect("no job panics");
        let (count, _) = self
            .changed
            .wait_timeout_while(count, DEADLINE, |count| *count < target)
            .expect("no job panics");
        *count >= target
    }
}

#[test]
fn every_job_is_done_exactly_once() {
    let jobs: Vec<u64> = (0..500).collect();
    let done = fan_out(jobs, 4, |n| (n * n, thread::current().id()));
    let indices: Vec<usize> = done.iter().map(|done| done.job).collect();
    assert_eq!(
        indices,
        (0..500).collect::<Vec<_>>(),
        "one result per job, in job order"
    );
    let mut threads_of: BTreeMap<usize, HashSet<ThreadId>> = BTreeMap::new();
    for done in &done {
        assert_eq!(done.output.0, (done.job as u64).pow(2));
        assert!(done.worker < 4, "worker {} does not exist", done.worker);
        threads_of
            .entry(done.worker)
            .or_default()
            .insert(done.output.1);
    }
    let mut all = HashSet::new();
    for (worker, threads) in &threads_of {
        assert_eq!(
            threads.len(),
            1,
            "the jobs of worker {worker} ran on {} threads: a worker is one thread",
            threads.len()
        );
        assert!(
            all.insert(threads.iter().next().copied()),
            "two workers share a thread"
        );
        assert!(
            !threads.contains(&thread::current().id()),
            "worker {worker} is the calling thread"
        );
    }
}

#[test]
fn no_jobs_give_no_results() {
    let done: Vec<Done<u8>> = fan_out(Vec::<u8>::new(), 3, |n| n);
    assert!(done.is_empty());
}

#[test]
fn zero_workers_means_one() {
    let done = fan_out(vec!["a", "bb"], 0, str::len);
    assert_eq!(
        done,
        [
            Done {
                job: 0,
                worker: 0,
                output: 1
            },
            Done {
                job: 1,
                worker: 0,
                output: 2
            },
        ]
    );
}

#[test]
fn every_worker_takes_part() {
    // Each job waits until all four are running at once: only possible if
    // four workers have each taken one.
    let gate = Gate::new();
    let done = fan_out(vec![(); 4], 4, |()| {
        gate.arrive();
        gate.wait_for(4)
    });
    assert!(
        done.iter().all(|done| done.output),
        "the four jobs never ran at once"
    );
    let workers: BTreeSet<usize> = done.iter().map(|done| done.worker).collect();
    assert_eq!(workers, BTreeSet::from([0, 1, 2, 3]));
}

#[test]
fn a_slow_job_does_not_hold_up_the_jobs_queued_behind_it() {
    // Job 0 finishes only after all the other jobs are done. A free worker
    // must pick up every waiting job meanwhile, whichever share it is in.
    let gate = Gate::new();
    let done = fan_out((0..12).collect(), 3, |job: usize| {
        if job == 0 {
            gate.wait_for(11)
        } else {
            gate.arrive();
            true
        }
    });
    assert_eq!(done.len(), 12);
    assert!(
        done[0].output,
        "job 0 waited in vain: jobs queued behind it never ran"
    );
}

#[test]
fn borrowed_jobs_and_a_borrowing_closure_work() {
    let words = [String::from("fan"), String::from("out")];
    let suffix = String::from("!");
    let done = fan_out(words.iter().collect(), 2, |word: &String| {
        format!("{word}{suffix}")
    });
    let outputs: Vec<&str> = done.iter().map(|done| done.output.as_str()).collect();
    assert_eq!(outputs, ["fan!", "out!"]);
}

/// How many jobs are running right now, and whether one has given up
/// waiting for a third.
struct Running {
    count: Mutex<(usize, bool)>,
    changed: Condvar,
}

#[test]
fn no_more_jobs_run_at_once_than_there_are_workers() {
    // Each job waits up to 150 ms for a third job to be running beside it.
    // Two workers can never run three jobs at once, so with a correct pool
    // the first two waits run out, and the third job, which starts only
    // then, has nothing left to prove; a thread per job would let all three
    // meet within microseconds.
    let running = Running {
        count: Mutex::new((0, false)),
        changed: Condvar::new(),
    };
    let done = fan_out(vec![(); 3], 2, |()| {
        running.count.lock().expect("no job panics").0 += 1;
        running.changed.notify_all();
        let count = running.count.lock().expect("no job panics");
        let (mut count, _) = running
            .changed
            .wait_timeout_while(count, Duration::from_millis(150), |(count, gave_up)| {
                *count < 3 && !*gave_up
            })
            .expect("no job panics");
        let three_at_once = count.0 >= 3;
        count.0 -= 1;
        count.1 |= !three_at_once;
        three_at_once
    });
    assert_eq!(done.len(), 3);
    assert!(
        done.iter().all(|done| !done.output),
        "three jobs ran at once on a pool of two workers"
    );
}
