//! Runs test binaries under the time limit and reads libtest's report.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, Result};

use crate::cargo::Executable;
use crate::process::{Exit, run_limited};
use crate::verdict::{FailedTest, RunOutcome, TestRun, TestsStage};

/// Runs every test binary of a build, as many at once as there are cores:
/// a state's verdict waits for its slowest binary, not for their sum (a
/// hanging one costs its limit once, while the others run).
pub fn run_all(
    executables: &[Executable],
    package_dir: &Path,
    limit: Duration,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<TestsStage> {
    let tests: Vec<&Executable> = executables.iter().filter(|e| e.is_test).collect();
    let finished = std::sync::atomic::AtomicUsize::new(0);
    progress(0, tests.len());
    let runs = crate::process::side_by_side(&tests, |executable| {
        let run = run_one(executable, package_dir, limit);
        let done = finished.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        progress(done, tests.len());
        run
    })?;
    let passed = runs.iter().map(|run| run.passed).sum();
    Ok(TestsStage { passed, runs })
}

fn test_command(executable: &Executable, package_dir: &Path) -> Command {
    let mut command = Command::new(&executable.path);
    // The environment `cargo test` gives a test binary.
    command
        .current_dir(package_dir)
        .env("CARGO_MANIFEST_DIR", package_dir)
        .env("RUST_BACKTRACE", "0")
        .arg("--color")
        .arg("never");
    command
}

fn run_one(executable: &Executable, package_dir: &Path, limit: Duration) -> Result<TestRun> {
    let finished = run_limited(test_command(executable, package_dir), limit)
        .with_context(|| format!("cannot run {}", executable.path.display()))?;
    let stdout = &finished.stdout.text;
    let report = Report::parse(stdout);
    let outcome = match finished.exit {
        Exit::TimedOut => RunOutcome::TimedOut {
            seconds: limit.as_secs(),
        },
        Exit::Signal(signal) => RunOutcome::Crashed { signal },
        Exit::Code(0) if report.finished => RunOutcome::Passed,
        Exit::Code(101) if report.finished => RunOutcome::Failed,
        Exit::Code(code) => RunOutcome::EndedEarly { code },
    };
    let unfinished = if matches!(outcome, RunOutcome::Passed | RunOutcome::Failed) {
        Vec::new()
    } else {
        list_tests(executable, package_dir)
            .into_iter()
            .filter(|name| !report.done.contains(name))
            .collect()
    };
    let output_tail = if matches!(outcome, RunOutcome::Passed | RunOutcome::Failed) {
        String::new()
    } else {
        tail(&format!("{}{}", stdout, finished.stderr.text), 2000)
    };
    Ok(TestRun {
        target: executable.target.clone(),
        outcome,
        passed: report.passed,
        failed: report.failed,
        unfinished,
        output_tail,
    })
}

/// The names of every test in the binary, to tell which ones never finished.
fn list_tests(executable: &Executable, package_dir: &Path) -> Vec<String> {
    let mut command = test_command(executable, package_dir);
    command.args(["--list", "--format", "terse"]);
    let Ok(finished) = run_limited(command, Duration::from_secs(5)) else {
        return Vec::new();
    };
    finished
        .stdout
        .text
        .lines()
        .filter_map(|line| line.strip_suffix(": test"))
        .map(str::to_string)
        .collect()
}

fn tail(text: &str, max_chars: usize) -> String {
    let count = text.chars().count();
    text.chars().skip(count.saturating_sub(max_chars)).collect()
}

/// What libtest's plain output says.
#[derive(Debug, Default)]
struct Report {
    passed: usize,
    failed: Vec<FailedTest>,
    /// Every test that reported a result.
    done: BTreeSet<String>,
    /// The closing `test result:` line was printed.
    finished: bool,
}

impl Report {
    fn parse(stdout: &str) -> Self {
        let mut report = Report::default();
        let mut failed_names = Vec::new();
        for line in stdout.lines() {
            if let Some(rest) = line.strip_prefix("test ")
                && let Some((name, result)) = rest.rsplit_once(" ... ")
            {
                report.done.insert(name.to_string());
                match result.trim() {
                    "ok" => report.passed += 1,
                    "FAILED" => failed_names.push(name.to_string()),
                    _ => {}
                }
            }
            if line.starts_with("test result: ") {
                report.finished = true;
            }
        }
        // libtest reports in completion order; a verdict must not vary with timing.
        failed_names.sort();
        report.failed = failed_names
            .into_iter()
            .map(|name| {
                let output = failure_output(stdout, &name);
                FailedTest { name, output }
            })
            .collect();
        report
    }
}

/// The captured output libtest prints for a failed test, between its
/// `---- name stdout ----` header and the next section.
fn failure_output(stdout: &str, name: &str) -> String {
    let header = format!("---- {name} stdout ----");
    let Some(start) = stdout.find(&header) else {
        return String::new();
    };
    let body = &stdout[start + header.len()..];
    let end = [body.find("\n---- "), body.find("\nfailures:")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(body.len());
    body[..end].trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\nrunning 3 tests\ntest a ... ok\ntest m::b ... FAILED\ntest c ... ignored\n\nfailures:\n\n---- m::b stdout ----\n\nthread 'm::b' panicked at tests/x.rs:4:5:\nassertion `left == right` failed\n  left: 1\n right: 2\n\n\nfailures:\n    m::b\n\ntest result: FAILED. 1 passed; 1 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.00s\n\n";

    #[test]
    fn reads_passes_failures_and_their_output() {
        let report = Report::parse(SAMPLE);
        assert!(report.finished);
        assert_eq!(report.passed, 1);
        assert_eq!(report.failed.len(), 1);
        assert_eq!(report.failed[0].name, "m::b");
        assert!(report.failed[0].output.contains("left: 1"));
        assert!(!report.failed[0].output.contains("failures:"));
        assert!(report.done.contains("c"));
    }

    #[test]
    fn failures_come_in_name_order_whatever_order_they_finished_in() {
        let report = Report::parse("test z ... FAILED\ntest a ... FAILED\ntest result: FAILED.\n");
        let names: Vec<&str> = report.failed.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["a", "z"]);
    }

    #[test]
    fn a_run_cut_short_is_not_finished() {
        let report = Report::parse("\nrunning 2 tests\ntest a ... ok\n");
        assert!(!report.finished);
        assert_eq!(report.passed, 1);
    }
}
