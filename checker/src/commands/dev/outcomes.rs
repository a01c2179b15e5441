//! How a judged state failed, against how it was declared to fail: shared by
//! the proof of the shipped state and solution (`check`) and of the
//! variants (`proof`).

use std::path::Path;

use crate::cargo;
use crate::catalogue::Expectation;
use crate::verdict::Verdict;

/// Notes a judged state that ran into its time limit.
pub fn note_wait(waited: &mut Vec<String>, what: &str, verdict: &Verdict) {
    if let Some(seconds) = verdict.time_limit_hit() {
        waited.push(format!("{what} {seconds} s"));
    }
}

/// Compares how a verdict fails with how it is declared to fail, both ways.
pub fn mismatch(
    what: &str,
    declared: &[Expectation],
    verdict: &Verdict,
    root: &Path,
    shown: impl Fn() -> String,
) -> Vec<String> {
    let found = verdict.failures();
    let mut problems = Vec::new();
    for expectation in declared.iter().filter(|e| !found.contains(e)) {
        let got: Vec<String> = verdict
            .build
            .diagnostics
            .iter()
            .filter(|d| d.level == cargo::Level::Error)
            .map(|d| d.headline(root))
            .collect();
        problems.push(format!(
            "{what} must fail with `{expectation}`, but it is `{}`{}\n{}",
            verdict.status.describe(),
            if got.is_empty() {
                String::new()
            } else {
                format!(": {}", got.join("; "))
            },
            shown()
        ));
    }
    let undeclared: Vec<String> = found
        .iter()
        .filter(|failure| !declared.contains(failure))
        .map(|failure| format!("`{failure}`"))
        .collect();
    if !undeclared.is_empty() {
        problems.push(format!(
            "{what} also fails with {}, which `expect` does not declare: declare it or remove the cause",
            undeclared.join(", ")
        ));
    }
    problems
}
