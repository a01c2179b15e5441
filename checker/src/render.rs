//! Turns a verdict into text for a terminal. It only reads the verdict.

use std::fmt::Write;

use colored::Colorize;

use crate::cargo::Level;
use crate::catalogue::Exercise;
use crate::verdict::{FileChange, Prediction, PredictionState, RunOutcome, Status, Verdict};

/// Most diagnostics shown at once: the first errors are the ones to fix.
const MAX_DIAGNOSTICS: usize = 6;
/// Lines of a failed test's output shown (its end, where the panic is).
const MAX_OUTPUT_LINES: usize = 12;

/// The prediction first: it is what the learner committed to.
fn prediction_lines(out: &mut String, prediction: &Prediction) {
    match prediction.state {
        PredictionState::Missing | PredictionState::Malformed => {
            let _ = writeln!(out, "{} {}", "prediction:".bold(), prediction.message);
        }
        PredictionState::Right => {
            let _ = writeln!(
                out,
                "{} {}",
                "prediction:".bold(),
                prediction.message.green()
            );
        }
        PredictionState::Wrong => {
            let _ = writeln!(out, "{} {}", "prediction:".bold(), prediction.message.red());
            for actual in &prediction.actual {
                let lines = if actual.line_end > actual.line {
                    format!("lines {}-{}", actual.line, actual.line_end)
                } else {
                    format!("line {}", actual.line)
                };
                let _ = writeln!(
                    out,
                    "  rustc: {} on {lines}: {}",
                    actual.code, actual.message
                );
            }
            let _ = writeln!(
                out,
                "  Read why, then correct the prediction line and fix the code."
            );
        }
    }
}

pub fn verdict(exercise: &Exercise, verdict: &Verdict) -> String {
    let mut out = String::new();
    let heading = format!("{} ({})", exercise.name, exercise.dir.display());
    let status = match verdict.status {
        Status::Solved => verdict.status.describe().green().bold(),
        _ => verdict.status.describe().red().bold(),
    };
    let _ = writeln!(
        out,
        "{} {heading}: {status}  [{} ms]",
        "==>".bold(),
        verdict.elapsed_ms
    );

    if let Some(prediction) = &verdict.prediction {
        prediction_lines(&mut out, prediction);
    }

    // A broken rule first, with what the task says: the compiler's words follow.
    for broken in verdict.rules.iter().flat_map(|rules| &rules.broken) {
        let _ = writeln!(
            out,
            "{} `{}` at {}:{}:{}: {}",
            "rule broken:".red().bold(),
            broken.lint,
            exercise.dir.join(&broken.file).display(),
            broken.line,
            broken.column,
            broken.message
        );
        let _ = writeln!(out, "  the task says: {}", broken.why);
    }

    // Warnings matter once it compiles; before that they are noise.
    let has_errors = verdict
        .build
        .diagnostics
        .iter()
        .any(|d| d.level == Level::Error);
    let worth_showing: Vec<_> = verdict
        .build
        .diagnostics
        .iter()
        .filter(|d| !has_errors || d.level == Level::Error)
        .collect();
    for diagnostic in worth_showing.iter().take(MAX_DIAGNOSTICS) {
        let _ = writeln!(out, "{}", diagnostic.rendered.trim_end());
    }
    let hidden = worth_showing.len().saturating_sub(MAX_DIAGNOSTICS);
    if hidden > 0 {
        let _ = writeln!(out, "... and {hidden} more; fix the first ones first.");
    }
    if let Some(cargo_error) = &verdict.build.cargo_error {
        let _ = writeln!(out, "{cargo_error}");
    }

    if let Some(tests) = &verdict.tests {
        let failed = tests.failed();
        let stopped = tests
            .runs
            .iter()
            .filter(|run| !matches!(run.outcome, RunOutcome::Passed | RunOutcome::Failed))
            .count();
        let mut line = format!("tests: {} passed, {failed} failed", tests.passed);
        if stopped > 0 {
            line.push_str(&format!(", {stopped} test binary stopped"));
        }
        let _ = writeln!(
            out,
            "{}",
            if tests.ok() { line.green() } else { line.red() }
        );
        for run in &tests.runs {
            for test in &run.failed {
                let _ = writeln!(out, "  {} {}", "failed:".red(), test.name);
                // The panic message comes last; a flood of output comes before it.
                let lines: Vec<&str> = test.output.lines().collect();
                let skipped = lines.len().saturating_sub(MAX_OUTPUT_LINES);
                if skipped > 0 {
                    let _ = writeln!(out, "    ... {skipped} lines of its output left out");
                }
                for line in &lines[skipped..] {
                    let _ = writeln!(out, "    {line}");
                }
            }
            let problem = match &run.outcome {
                RunOutcome::Passed | RunOutcome::Failed => None,
                RunOutcome::TimedOut { seconds } => Some(format!(
                    "`{}` was stopped after {seconds} s: an endless loop or a deadlock?",
                    run.target
                )),
                RunOutcome::Crashed { signal } => Some(format!(
                    "`{}` crashed (signal {signal}): {}",
                    run.target,
                    crash_cause(*signal)
                )),
                RunOutcome::EndedEarly { code } => Some(format!(
                    "`{}` ended with code {code} before reporting its tests: does the code call std::process::exit?",
                    run.target
                )),
            };
            if let Some(problem) = problem {
                let _ = writeln!(out, "  {} {problem}", "stopped:".red());
                if !run.unfinished.is_empty() {
                    let _ = writeln!(out, "    unfinished: {}", run.unfinished.join(", "));
                }
                for line in run
                    .output_tail
                    .lines()
                    .rev()
                    .take(6)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                {
                    let _ = writeln!(out, "    {line}");
                }
            }
        }
    }

    if let Some(cases) = &verdict.cases {
        for case in &cases.cases {
            let mark = if case.outcome.is_ok() {
                "ok".green()
            } else {
                "FAIL".red()
            };
            let _ = writeln!(out, "case {mark}: {}", case.explain());
        }
    }

    for file in &verdict.tampered {
        let change = match file.change {
            FileChange::Edited => "was edited",
            FileChange::Deleted => "was deleted",
        };
        let _ = writeln!(
            out,
            "{} {} {change}: the tests, cases and rules are the judge and must stay as shipped (`checker reset {}` restores them)",
            "note:".yellow().bold(),
            exercise.dir.join(&file.path).display(),
            exercise.name
        );
    }
    out
}

/// The talk-through notes: follow-up questions with short model answers.
pub fn notes(exercise: &Exercise) -> String {
    let mut out = format!("{} {}\n", "Talk it through:".bold(), exercise.name);
    for note in &exercise.notes {
        out.push_str(&format!(
            "\nQ: {}\nA: {}\n",
            note.question.trim(),
            note.answer.trim()
        ));
    }
    out
}

/// Whether colour is wanted on stdout (a terminal, and NO_COLOR unset).
pub fn color_on_stdout() -> bool {
    colored::control::SHOULD_COLORIZE.should_colorize()
}

/// What usually raises `signal` in a learner's test binary.
fn crash_cause(signal: i32) -> &'static str {
    match signal {
        libc::SIGABRT => "an abort: a stack overflow, a panic during a panic, or process::abort?",
        libc::SIGSEGV | libc::SIGBUS => {
            "invalid memory access: a bad raw pointer or a stack overflow?"
        }
        libc::SIGFPE => {
            "an arithmetic fault: integer division by zero or overflow in unsafe or C code?"
        }
        libc::SIGILL => "an illegal instruction: unreachable code reached or an intrinsic abort?",
        libc::SIGKILL => "killed from outside: out of memory?",
        _ => "a stack overflow or an abort?",
    }
}
