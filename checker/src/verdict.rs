//! The verdict on one exercise: one value that every output (terminal,
//! JSON, progress, authoring check) reads. Rendering never decides it.

use std::path::PathBuf;

use serde::Serialize;

use crate::cargo::{Diagnostic, Level};
use crate::catalogue::Expectation;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Solved,
    CompileError,
    /// It compiles, but the code breaks a rule of the task (a lint the
    /// lesson forbids, or a change to what the statement keeps): nothing
    /// runs until it keeps them.
    RuleBroken,
    TestsFailed,
    CasesFailed,
    /// Everything passed, but shipped tests or cases were edited or deleted.
    Tampered,
    /// A predict item whose `// PREDICT:` line is not filled in (or not
    /// readable): nothing is compiled or shown until it is.
    NeedsPrediction,
    /// A predict item whose prediction is not what rustc reports.
    WrongPrediction,
}

impl Status {
    pub fn describe(self) -> &'static str {
        match self {
            Status::Solved => "solved",
            Status::CompileError => "does not compile",
            Status::RuleBroken => "breaks a rule of the task",
            Status::TestsFailed => "tests fail",
            Status::CasesFailed => "cases fail",
            Status::Tampered => "not solved: files that judge the exercise were changed",
            Status::NeedsPrediction => "predict the error first",
            Status::WrongPrediction => "wrong prediction",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    pub id: String,
    pub topic: String,
    pub status: Status,
    /// The learner's files that were judged, as an id (see `seal::content_id`).
    pub content: String,
    /// Whether those files were still as shipped (judging them is no try).
    pub as_shipped: bool,
    pub tampered: Vec<TamperedFile>,
    pub build: BuildStage,
    /// The exercise's rules, once the build got far enough to judge them
    /// (None for an exercise without rules, or code that does not compile).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules: Option<RulesStage>,
    /// Items the task statement keeps that the learner's file changed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changed: Vec<ChangedItem>,
    /// None when the build failed and nothing could run.
    pub tests: Option<TestsStage>,
    pub cases: Option<CasesStage>,
    /// Predict items only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prediction: Option<Prediction>,
    pub elapsed_ms: u64,
}

impl Verdict {
    /// The time limit a test binary ran into, in seconds: the judge waited
    /// it out.
    pub fn time_limit_hit(&self) -> Option<u64> {
        self.tests
            .iter()
            .flat_map(|tests| &tests.runs)
            .find_map(|run| match run.outcome {
                RunOutcome::TimedOut { seconds } => Some(seconds),
                _ => None,
            })
    }

    pub fn solved(&self) -> bool {
        self.status == Status::Solved
    }

    /// How this verdict fails, in the terms of an exercise's `expect`: the
    /// code of each compile error, each broken rule, failing tests, and each
    /// failing case; sorted, without repeats.
    pub fn failures(&self) -> Vec<Expectation> {
        let mut found = Vec::new();
        // When only rules stopped the build, its errors are the rules'.
        if self.status != Status::RuleBroken {
            found.extend(
                self.build
                    .diagnostics
                    .iter()
                    .filter(|d| d.level == Level::Error)
                    .filter_map(|d| d.code.clone())
                    .map(Expectation::Error),
            );
        }
        found.extend(
            self.rules
                .iter()
                .flat_map(|rules| &rules.broken)
                .map(|broken| Expectation::Rule(broken.lint.clone())),
        );
        found.extend(
            self.changed
                .iter()
                .map(|changed| Expectation::Keep(changed.item.clone())),
        );
        if self.tests.as_ref().is_some_and(|tests| !tests.ok()) {
            found.push(Expectation::Tests);
        }
        found.extend(
            self.cases
                .iter()
                .flat_map(|stage| &stage.cases)
                .filter(|case| !case.outcome.is_ok())
                .map(|case| Expectation::Case(case.name.clone())),
        );
        found.sort_by_key(ToString::to_string);
        found.dedup();
        found
    }
}

/// The learner's prediction of the shipped code's error, judged.
#[derive(Debug, Clone, Serialize)]
pub struct Prediction {
    pub state: PredictionState,
    /// What the learner predicted, once readable.
    pub answer: Option<PredictedError>,
    /// What rustc reports for the shipped code: known once an answer is
    /// given, and only then shown.
    pub actual: Vec<PredictedError>,
    /// In plain words, with the place of the answer line.
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PredictionState {
    Missing,
    Malformed,
    Right,
    Wrong,
}

/// One error: its code and the lines of its primary span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct PredictedError {
    pub code: String,
    pub line: usize,
    pub line_end: usize,
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub message: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TamperedFile {
    /// Inside the exercise; inside the workspace for a shared file.
    pub path: PathBuf,
    pub change: FileChange,
    /// A file of the tests' support crate, which every exercise shares.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub shared: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileChange {
    Edited,
    Deleted,
}

#[derive(Debug, Clone, Serialize)]
pub struct BuildStage {
    pub ok: bool,
    pub diagnostics: Vec<Diagnostic>,
    /// Cargo's own complaint when it failed without a compiler diagnostic.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cargo_error: Option<String>,
}

impl BuildStage {
    /// Nothing was built (a predict item waiting for its answer).
    pub fn not_run() -> Self {
        Self {
            ok: false,
            diagnostics: Vec::new(),
            cargo_error: None,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct RulesStage {
    /// Every place the code breaks a rule; empty when it keeps them all.
    pub broken: Vec<BrokenRule>,
}

/// An item the task statement keeps (its `keep` in info.toml), changed.
#[derive(Debug, Clone, Serialize)]
pub struct ChangedItem {
    /// As `keep` names it: `fn summary`, `closed Email`.
    pub item: String,
    /// Relative to the exercise directory.
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// One place where the learner's code breaks a rule.
#[derive(Debug, Clone, Serialize)]
pub struct BrokenRule {
    /// The lint, as the exercise's rules name it.
    pub lint: String,
    /// What the task statement says about it.
    pub why: String,
    /// Relative to the exercise directory.
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    /// What the compiler says.
    pub message: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TestsStage {
    pub passed: usize,
    pub runs: Vec<TestRun>,
}

impl TestsStage {
    pub fn ok(&self) -> bool {
        self.runs
            .iter()
            .all(|run| run.outcome == RunOutcome::Passed)
    }

    pub fn failed(&self) -> usize {
        self.runs.iter().map(|run| run.failed.len()).sum()
    }
}

/// One test binary (the unit tests, or one file of `tests/`).
#[derive(Debug, Clone, Serialize)]
pub struct TestRun {
    pub target: String,
    pub outcome: RunOutcome,
    pub passed: usize,
    pub failed: Vec<FailedTest>,
    /// Tests that had not finished when the run was stopped or crashed.
    pub unfinished: Vec<String>,
    /// The end of what the binary printed, for outcomes the tests can't explain.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub output_tail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RunOutcome {
    Passed,
    Failed,
    TimedOut {
        seconds: u64,
    },
    Crashed {
        signal: i32,
    },
    /// The process ended before the test harness reported (process::exit, abort).
    EndedEarly {
        code: i32,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct FailedTest {
    pub name: String,
    /// What the test printed, usually the panic message.
    pub output: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CasesStage {
    pub cases: Vec<CaseResult>,
}

impl CasesStage {
    pub fn ok(&self) -> bool {
        self.cases.iter().all(|case| case.outcome.is_ok())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseKind {
    MustPass,
    MustFail,
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseResult {
    pub name: String,
    pub kind: CaseKind,
    /// Relative to the exercise directory.
    pub file: PathBuf,
    pub outcome: CaseOutcome,
    /// A must-fail case: each error rustc reported in the case's own file,
    /// with its code and line (what `dev bless` annotates it with).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<MatchedError>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CaseOutcome {
    /// A must-pass case that compiled and ran; a must-fail case rejected
    /// with the annotated errors (`matched`: which code met each annotation).
    Ok {
        #[serde(skip_serializing_if = "Vec::is_empty")]
        matched: Vec<MatchedError>,
    },
    /// A must-pass case does not compile against the learner's API.
    DoesNotCompile { error: String },
    /// A must-pass case compiled but its run failed (panic, exit code, timeout).
    RunFailed { reason: String },
    /// A must-fail case compiled: the learner's API allows the misuse.
    Compiled,
    /// A must-fail case failed, but not with the annotated error.
    WrongReason {
        expected: String,
        line: usize,
        got: String,
        api_changed: bool,
    },
    /// The exercise crate itself did not build, so the case was not judged.
    NotJudged { reason: String },
    /// A must-fail case has no `//~ ERROR` annotation: the exercise is broken.
    NotAnnotated,
}

impl CaseOutcome {
    pub fn is_ok(&self) -> bool {
        matches!(self, CaseOutcome::Ok { .. })
    }
}

/// The error that met one `//~ ERROR` annotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatchedError {
    pub line: usize,
    pub code: String,
}

impl CaseResult {
    /// What the outcome shows, in plain words.
    pub fn explain(&self) -> String {
        let file = self.file.display();
        match &self.outcome {
            CaseOutcome::Ok { .. } => match self.kind {
                CaseKind::MustPass => format!("{file}: compiles and runs, as it must"),
                CaseKind::MustFail => format!("{file}: rejected for the right reason"),
            },
            CaseOutcome::DoesNotCompile { error } => {
                format!("{file}: this use of your API must compile, but it does not: {error}")
            }
            CaseOutcome::RunFailed { reason } => {
                format!("{file}: compiles, but running it failed: {reason}")
            }
            CaseOutcome::Compiled => format!(
                "{file}: this misuse of your API must be rejected by the compiler, but it compiles"
            ),
            CaseOutcome::WrongReason {
                expected,
                line,
                got,
                api_changed,
            } => {
                let why = if *api_changed {
                    " (the case uses a name your crate no longer provides or no longer makes public: keep the public API it uses)"
                } else {
                    ""
                };
                format!(
                    "{file}: rejected, but for the wrong reason: expected {expected} on line {line}, got {got}{why}"
                )
            }
            CaseOutcome::NotJudged { reason } => format!("{file}: not judged: {reason}"),
            CaseOutcome::NotAnnotated => format!(
                "{file}: this must-fail case has no `//~ ERROR Exxxx` annotation (a fault of the exercise)"
            ),
        }
    }
}
