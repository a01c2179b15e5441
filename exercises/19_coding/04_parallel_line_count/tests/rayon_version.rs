// This test holds rayon's pool with `rayon::broadcast`, which the task's
// rules refuse in the learner's code.
#![allow(clippy::disallowed_methods)]

use coding_04_parallel_line_count::count_matching_rayon;

#[test]
fn counts_lines_containing_the_needle() {
    let text = "error: disk full\ninfo: ok\nerror: retry\nwarning\n";
    assert_eq!(count_matching_rayon(text, "error"), 2);
    assert_eq!(count_matching_rayon(text, "ok"), 1);
    assert_eq!(count_matching_rayon(text, "fatal"), 0);
}

#[test]
fn an_empty_text_has_no_lines() {
    assert_eq!(count_matching_rayon("", "x"), 0);
    assert_eq!(count_matching_rayon("", ""), 0);
}

#[test]
fn the_last_line_needs_no_newline() {
    assert_eq!(count_matching_rayon("a\nb", "b"), 1);
}

#[test]
fn a_final_newline_does_not_start_another_line() {
    // The empty needle matches every line, so this counts lines.
    assert_eq!(count_matching_rayon("a\n", ""), 1);
    assert_eq!(count_matching_rayon("a\n\nb\n", ""), 3);
}

#[test]
fn windows_line_endings_are_not_part_of_the_line() {
    let text = "one\r\ntwo\r\n";
    assert_eq!(count_matching_rayon(text, ""), 2);
    assert_eq!(count_matching_rayon(text, "\r"), 0);
    assert_eq!(count_matching_rayon(text, "two"), 1);
}

#[test]
fn a_bare_carriage_return_that_ends_the_text_stays_in_the_line() {
    // `str::lines` drops a `\r` only when a `\n` follows it (since Rust
    // 1.77); rayon's `par_lines` also strips one at the very end.
    assert_eq!(count_matching_rayon("a\r", "\r"), 1);
    assert_eq!(count_matching_rayon("x\ny\r", "y\r"), 1);
    assert_eq!(count_matching_rayon("x\r\ny\r\n", "\r"), 0);
}

#[test]
fn needles_are_matched_as_text_not_bytes() {
    assert_eq!(count_matching_rayon("café\nthé\ntea\n", "é"), 2);
}

#[test]
fn a_huge_text_is_counted() {
    // 100_000 lines; every seventh mentions "needle".
    let text: String = (0..100_000)
        .map(|n| {
            if n % 7 == 0 {
                format!("{n} needle\n")
            } else {
                format!("{n} hay\n")
            }
        })
        .collect();
    assert_eq!(count_matching_rayon(&text, "needle"), 14_286);
    assert_eq!(count_matching_rayon(&text, ""), 100_000);
}

/// Runs `count` while every thread of rayon's global pool is held by this
/// test, in a loop that runs pending rayon work and nothing else. A count
/// done with rayon hands its work to that pool, so the loop runs some of it;
/// a count done on the caller's thread alone leaves the loop idle.
fn pool_jobs_run_during(count: impl FnOnce()) -> usize {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::time::{Duration, Instant};

    let threads = rayon::current_num_threads();
    let holding = AtomicUsize::new(0);
    let done = AtomicBool::new(false);
    let executed = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        scope.spawn(|| {
            rayon::broadcast(|_| {
                holding.fetch_add(1, Ordering::SeqCst);
                while !done.load(Ordering::SeqCst) {
                    match rayon::yield_now() {
                        Some(rayon::Yield::Executed) => {
                            executed.fetch_add(1, Ordering::SeqCst);
                        }
                        _ => std::thread::sleep(Duration::from_micros(100)),
                    }
                }
            });
        });
        let started = Instant::now();
        while holding.load(Ordering::SeqCst) < threads {
            assert!(
                started.elapsed() < Duration::from_secs(5),
                "rayon's threads did not start"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        count();
        done.store(true, Ordering::SeqCst);
    });
    executed.load(Ordering::SeqCst)
}

#[test]
fn the_count_runs_on_rayons_pool() {
    let text: String = (0..20_000)
        .map(|n| format!("{n} {}\n", if n % 3 == 0 { "hit" } else { "miss" }))
        .collect();
    let mut counted = 0;
    let jobs = pool_jobs_run_during(|| counted = count_matching_rayon(&text, "hit"));
    assert_eq!(counted, 6_667);
    assert!(
        jobs > 0,
        "the count never ran on rayon's pool: use rayon's parallel iterators \
         (on its global pool), not a sequential chain"
    );
}
