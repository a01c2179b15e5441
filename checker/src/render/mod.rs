//! Verdicts and notes as styled lines, the one model every output reads: the
//! watch screen draws them, `verify`, `notes` and `dev check` print them as
//! text. Styles come from what each line is (the status, a diagnostic's
//! level, a failed test), never from its text. Rendering only reads.

pub mod junit;
pub mod styled;
pub mod wrap;

use std::path::Path;

use crate::cargo::Level;
use crate::catalogue::Exercise;
use crate::verdict::{FileChange, Prediction, PredictionState, RunOutcome, Status, Verdict};
pub use styled::{Line, Span, Style, color_on_stdout, line, span, text};

/// Prints the lines, wrapped at word boundaries to the terminal's width
/// when stdout is one (piped, they go out as they are).
pub fn print(lines: &[Line]) {
    let wrapped = terminal_width().map(|width| wrap::wrap_all(lines.to_vec(), width));
    print!(
        "{}",
        text(wrapped.as_deref().unwrap_or(lines), color_on_stdout())
    );
}

fn terminal_width() -> Option<usize> {
    use std::io::IsTerminal;
    std::io::stdout()
        .is_terminal()
        .then(crossterm::terminal::size)
        .and_then(Result::ok)
        .map(|(columns, _)| usize::from(columns))
        .filter(|columns| *columns > 0)
}

/// Most diagnostics shown at once: the first errors are the ones to fix.
const MAX_DIAGNOSTICS: usize = 6;
/// Lines of a failed test's output shown (its end, where the panic is).
const MAX_OUTPUT_LINES: usize = 12;

/// The verdict on `exercise`: a heading line, then what it found. Paths are
/// shown from `shown_root`, the workspace as seen from where the learner
/// started (see `Workspace::shown_root`).
pub fn verdict(exercise: &Exercise, verdict: &Verdict, shown_root: &Path) -> Vec<Line> {
    let mut out = vec![heading(exercise, verdict, shown_root)];
    out.extend(findings(exercise, verdict, shown_root));
    out
}

/// `==> moves (exercises/01_ownership/01_moves): solved  [212 ms]`
fn heading(exercise: &Exercise, verdict: &Verdict, shown_root: &Path) -> Line {
    vec![
        span("==> ", Style::BOLD),
        span(
            format!(
                "{} ({}): ",
                exercise.name,
                shown_root.join(&exercise.dir).display()
            ),
            Style::PLAIN,
        ),
        span(verdict.status.describe(), status_style(verdict.status)),
        span(format!("  [{} ms]", verdict.elapsed_ms), Style::PLAIN),
    ]
}

pub fn status_style(status: Status) -> Style {
    match status {
        Status::Solved => Style::GOOD.bold(),
        _ => Style::BAD.bold(),
    }
}

/// Everything below the heading: the prediction, broken rules, compiler
/// diagnostics, tests, cases and edited files, in the order to fix them;
/// the exercise's paths shown from `shown_root`.
pub fn findings(exercise: &Exercise, verdict: &Verdict, shown_root: &Path) -> Vec<Line> {
    let mut lines = findings_in_workspace(exercise, verdict);
    if !shown_root.as_os_str().is_empty() {
        let from = format!("{}/", exercise.dir.display());
        let to = format!("{}/", shown_root.join(&exercise.dir).display());
        for piece in lines.iter_mut().flatten() {
            piece.text = rebase(&piece.text, &from, &to);
        }
    }
    lines
}

/// `text` with each path that starts with `from` (where a path starts: at
/// the start, or after a space, a bracket or a quote) made to start with
/// `to`. The compiler, panics and the checker itself name the exercise's
/// files relative to the workspace root; the learner may be elsewhere.
fn rebase(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (at, _) in text.match_indices(from) {
        let starts_path = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || "([{'\"`".contains(c));
        if starts_path {
            out.push_str(&text[copied..at]);
            out.push_str(to);
            copied = at + from.len();
        }
    }
    out.push_str(&text[copied..]);
    out
}

fn findings_in_workspace(exercise: &Exercise, verdict: &Verdict) -> Vec<Line> {
    let mut out = Vec::new();
    if let Some(prediction) = &verdict.prediction {
        prediction_lines(&mut out, prediction);
    }
    let shown = crate::judge::rules::one_per_line(
        verdict
            .rules
            .iter()
            .flat_map(|rules| rules.broken.iter().cloned())
            .collect(),
    );
    for broken in &shown {
        out.push(vec![
            span("rule broken:", Style::BAD.bold()),
            span(
                format!(
                    " `{}` at {}:{}:{}: {}",
                    broken.lint,
                    exercise.dir.join(&broken.file).display(),
                    broken.line,
                    broken.column,
                    broken.message
                ),
                Style::PLAIN,
            ),
        ]);
        out.push(line(
            format!("  the task says: {}", broken.why),
            Style::PLAIN,
        ));
    }
    for changed in &verdict.changed {
        out.push(vec![
            span("kept item changed:", Style::BAD.bold()),
            span(
                format!(
                    " `{}` at {}:{}:{}: {}",
                    changed.item,
                    exercise.dir.join(&changed.file).display(),
                    changed.line,
                    changed.column,
                    changed.message
                ),
                Style::PLAIN,
            ),
        ]);
    }
    diagnostic_lines(&mut out, verdict);
    if tests_do_not_build(exercise, verdict) {
        out.push(line(
            "These errors are in the exercise's tests, not in your files: the tests use your public API (a name, a signature, a type) in a way your code no longer allows.",
            Style::WARN,
        ));
    }
    test_lines(&mut out, verdict);
    for case in verdict.cases.iter().flat_map(|stage| &stage.cases) {
        let (mark, style) = if case.outcome.is_ok() {
            ("ok", Style::GOOD)
        } else {
            ("FAIL", Style::BAD)
        };
        out.push(vec![
            span("case ", Style::PLAIN),
            span(mark, style),
            span(format!(": {}", case.explain()), Style::PLAIN),
        ]);
    }
    for file in &verdict.tampered {
        let change = match file.change {
            FileChange::Edited => "was edited",
            FileChange::Deleted => "was deleted",
        };
        let text = if file.shared {
            format!(
                " {} {change}: the tests' support crate is part of every exercise's judge and must stay as shipped (`git checkout -- {}` restores it)",
                file.path.display(),
                file.path.display()
            )
        } else {
            format!(
                " {} {change}: the tests, cases and rules are the judge and must stay as shipped (`{} reset {}` restores them)",
                exercise.dir.join(&file.path).display(),
                crate::workspace::invocation(),
                exercise.name
            )
        };
        out.push(vec![
            span("note:", Style::WARN.bold()),
            span(text, Style::PLAIN),
        ]);
    }
    out
}

/// The prediction first: it is what the learner committed to.
fn prediction_lines(out: &mut Vec<Line>, prediction: &Prediction) {
    let message_style = match prediction.state {
        PredictionState::Missing | PredictionState::Malformed => Style::PLAIN,
        PredictionState::Right => Style::GOOD,
        PredictionState::Wrong => Style::BAD,
    };
    out.push(vec![
        span("prediction: ", Style::BOLD),
        span(prediction.message.clone(), message_style),
    ]);
    if prediction.state != PredictionState::Wrong {
        return;
    }
    for actual in &prediction.actual {
        let lines = if actual.line_end > actual.line {
            format!("lines {}-{}", actual.line, actual.line_end)
        } else {
            format!("line {}", actual.line)
        };
        out.push(line(
            format!("  rustc: {} on {lines}: {}", actual.code, actual.message),
            Style::PLAIN,
        ));
    }
    out.push(line(
        "  Read why, then correct the prediction line and fix the code.",
        Style::PLAIN,
    ));
}

/// rustc's own words, each diagnostic's headline in the colour of its level.
fn diagnostic_lines(out: &mut Vec<Line>, verdict: &Verdict) {
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
        let headline = match diagnostic.level {
            Level::Error => Style::BAD.bold(),
            Level::Warning => Style::WARN.bold(),
        };
        for (index, text) in diagnostic.rendered.trim_end().lines().enumerate() {
            out.push(line(text, if index == 0 { headline } else { Style::PLAIN }));
        }
    }
    let hidden = worth_showing.len().saturating_sub(MAX_DIAGNOSTICS);
    if hidden > 0 {
        out.push(line(
            format!("... and {hidden} more; fix the first ones first."),
            Style::PLAIN,
        ));
    }
    if let Some(cargo_error) = &verdict.build.cargo_error {
        out.extend(styled::lines(cargo_error, Style::BAD));
    }
}

/// The build failed only in code the learner does not edit.
fn tests_do_not_build(exercise: &Exercise, verdict: &Verdict) -> bool {
    let in_learner_files = |d: &crate::cargo::Diagnostic| {
        d.spans.iter().any(|span| {
            exercise
                .files
                .iter()
                .any(|file| span.file.ends_with(exercise.dir.join(file)))
        })
    };
    let mut errors = verdict
        .build
        .diagnostics
        .iter()
        .filter(|d| d.level == Level::Error && !d.spans.is_empty())
        .peekable();
    verdict.status == Status::CompileError
        && errors.peek().is_some()
        && errors.all(|d| !in_learner_files(d))
}

fn test_lines(out: &mut Vec<Line>, verdict: &Verdict) {
    let Some(tests) = &verdict.tests else {
        return;
    };
    let failed = tests.failed();
    let stopped = tests
        .runs
        .iter()
        .filter(|run| !matches!(run.outcome, RunOutcome::Passed | RunOutcome::Failed))
        .count();
    let mut summary = format!("tests: {} passed, {failed} failed", tests.passed);
    if stopped > 0 {
        summary.push_str(&format!(", {stopped} test binary stopped"));
    }
    out.push(line(
        summary,
        if tests.ok() { Style::GOOD } else { Style::BAD },
    ));
    for run in &tests.runs {
        for test in &run.failed {
            out.push(vec![
                span("  failed:", Style::BAD),
                span(format!(" {}", test.name), Style::PLAIN),
            ]);
            // The panic message comes last; a flood of output comes before it.
            let lines: Vec<&str> = test.output.lines().collect();
            let skipped = lines.len().saturating_sub(MAX_OUTPUT_LINES);
            if skipped > 0 {
                out.push(line(
                    format!("    ... {skipped} lines of its output left out"),
                    Style::DIM,
                ));
            }
            for text in &lines[skipped..] {
                out.push(line(format!("    {text}"), Style::PLAIN));
            }
        }
        let problem = match &run.outcome {
            RunOutcome::Passed | RunOutcome::Failed => continue,
            RunOutcome::TimedOut { seconds } => format!(
                "`{}` was stopped after {seconds} s: an endless loop or a deadlock?",
                run.target
            ),
            RunOutcome::Crashed { signal } => format!(
                "`{}` crashed (signal {signal}): {}",
                run.target,
                crate::platform::crash_cause(*signal)
            ),
            RunOutcome::EndedEarly { code } => format!(
                "`{}` ended with code {code} before reporting its tests: does the code call std::process::exit?",
                run.target
            ),
        };
        out.push(vec![
            span("  stopped:", Style::BAD),
            span(format!(" {problem}"), Style::PLAIN),
        ]);
        if !run.unfinished.is_empty() {
            out.push(line(
                format!("    unfinished: {}", run.unfinished.join(", ")),
                Style::PLAIN,
            ));
        }
        let tail: Vec<&str> = run.output_tail.lines().rev().take(6).collect();
        for text in tail.into_iter().rev() {
            out.push(line(format!("    {text}"), Style::PLAIN));
        }
    }
}

/// The talk-through notes: follow-up questions with short model answers.
pub fn notes(exercise: &Exercise) -> Vec<Line> {
    let mut out = vec![vec![
        span("Talk it through: ", Style::BOLD),
        span(exercise.name.clone(), Style::PLAIN),
    ]];
    for note in &exercise.notes {
        out.push(Vec::new());
        out.extend(styled::lines(
            &format!("Q: {}", note.question.trim()),
            Style::BOLD,
        ));
        out.extend(styled::lines(
            &format!("A: {}", note.answer.trim()),
            Style::PLAIN,
        ));
    }
    out
}

/// The hint of an exercise.
pub fn hint(exercise: &Exercise) -> Vec<Line> {
    let mut out = vec![vec![
        span("hint: ", Style::BOLD),
        span(exercise.name.clone(), Style::PLAIN),
    ]];
    out.extend(styled::lines(&exercise.hint, Style::PLAIN));
    out
}

/// Plain text of a verdict, for messages and reports that are not a terminal's.
pub fn verdict_text(exercise: &Exercise, verdict: &Verdict) -> String {
    text(&self::verdict(exercise, verdict, Path::new("")), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_rebased_where_a_path_starts_only() {
        let from = "exercises/01_t/01_e/";
        let to = ".checker/interviews/x/exercises/01_t/01_e/";
        assert_eq!(
            rebase(" --> exercises/01_t/01_e/src/lib.rs:3:5", from, to),
            " --> .checker/interviews/x/exercises/01_t/01_e/src/lib.rs:3:5"
        );
        assert_eq!(
            rebase("line (exercises/01_t/01_e/src/lib.rs:54)", from, to),
            "line (.checker/interviews/x/exercises/01_t/01_e/src/lib.rs:54)"
        );
        // Inside an absolute path, the text is left alone.
        let absolute = "/home/me/repo/exercises/01_t/01_e/src/lib.rs";
        assert_eq!(rebase(absolute, from, to), absolute);
    }
}
