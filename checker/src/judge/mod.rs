//! The judge of one exercise: build, tests, cases and the tamper check,
//! folded into one verdict.

pub mod case_build;
pub mod cases;
pub mod keep;
pub mod libtest;
pub mod predict;
pub mod rules;

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};

use crate::cargo;
use crate::catalogue::{Exercise, LocatedError};
use crate::seal::Seal;
use crate::verdict::{BuildStage, PredictionState, RulesStage, Status, Verdict};
use crate::workspace::Workspace;

/// The name of the test target that runs must-pass cases through trybuild.
/// The checker compiles the cases itself (`case_build`), so it skips it.
pub const TRYBUILD_TEST: &str = "must_pass";

/// That target's source: trybuild compiles `tests/pass` as the checker does
/// (the crate's edition, its dependencies and dev-dependencies, warnings
/// allowed) and runs each program, so plain `cargo test` agrees with the
/// checker's must-pass verdicts. `dev check` holds every exercise to it.
pub const TRYBUILD_TEST_SOURCE: &str = "// Runs the must-pass cases with trybuild, so a plain `cargo test` judges them too.\n#[test]\nfn must_pass_cases() {\n    trybuild::TestCases::new().pass(\"tests/pass/*.rs\");\n}\n";

pub struct Judge<'a> {
    pub workspace: &'a Workspace,
    pub seal: &'a Seal,
    pub output: cargo::Output,
    /// Clippy lints every target with `-D warnings` (see
    /// `rules::lint_all_env`): the authoring check of a solution.
    pub lint_all: bool,
    /// Told what the check does once the build is done, for a screen that
    /// shows it.
    pub stages: Option<StageReport>,
}

/// What a check does after its build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The test binaries run side by side; `finished` of `of` are done.
    RunningTests { finished: usize, of: usize },
    /// The tests are done; the must-pass and must-fail cases are not.
    CheckingCases,
}

pub type StageReport = std::sync::Arc<dyn Fn(Stage) + Send + Sync>;

impl<'a> Judge<'a> {
    /// A judge that prints nothing while it works (authoring tools).
    pub fn quiet(workspace: &'a Workspace, seal: &'a Seal) -> Self {
        Self {
            workspace,
            seal,
            output: cargo::Output::default(),
            lint_all: false,
            stages: None,
        }
    }

    pub fn judge(&self, exercise: &Exercise) -> Result<Verdict> {
        let started = Instant::now();
        let exercise_dir = self.workspace.root.join(&exercise.dir);
        // Read once: checked, identified, and compared with the seal.
        let blobs = read_learner_files(self.workspace, exercise)?;
        let content = crate::seal::content_id(&blobs);
        let as_shipped = self.seal.is_shipped(exercise, &blobs);
        let tampered = self.seal.tampered(self.workspace, exercise);
        let prediction = exercise
            .predict
            .then(|| predict::judge(self.workspace, self.seal, exercise))
            .transpose()?;
        // Until the learner commits to an answer, nothing is compiled or
        // shown: the compiler's output would give the answer away.
        if let Some(prediction) = prediction.as_ref().filter(|p| {
            matches!(
                p.state,
                PredictionState::Missing | PredictionState::Malformed
            )
        }) {
            // While the learner's file is still as shipped, learn the truth
            // from it (no git needed); a failure shows once it matters.
            let _ = predict::truth(self.workspace, self.seal, exercise);
            return Ok(Verdict {
                id: exercise.id.clone(),
                topic: exercise.topic.clone(),
                status: Status::NeedsPrediction,
                content,
                as_shipped,
                tampered,
                build: BuildStage::not_run(),
                rules: None,
                changed: Vec::new(),
                tests: None,
                cases: None,
                prediction: Some(prediction.clone()),
                elapsed_ms: elapsed_ms(started),
            });
        }

        let changed = keep::changed(self.workspace, self.seal, exercise)?;
        let build_env = if self.lint_all {
            rules::lint_all_env(self.workspace, exercise)?
        } else {
            rules::build_env(self.workspace, exercise)?
        };
        let report = cargo::build(
            &self.workspace.root,
            &test_build_args(self.workspace, exercise, &exercise_dir),
            &build_env,
            self.output.clone(),
        )?;
        stop_if_cancelled()?;
        let broken_rules = rules::broken(exercise, &exercise_dir, &report);
        // Only broken rules stopped the build: the code compiles otherwise.
        let only_rules_broken = !report.success
            && !broken_rules.is_empty()
            && report
                .errors()
                .all(|d| rules::rule_of(exercise, d).is_some());
        let build = BuildStage {
            ok: report.success,
            cargo_error: (!report.success && report.errors().next().is_none())
                .then(|| cargo_error_lines(&report.cargo_stderr)),
            diagnostics: report.diagnostics.clone(),
        };
        let mut verdict = Verdict {
            id: exercise.id.clone(),
            topic: exercise.topic.clone(),
            content,
            as_shipped,
            status: if only_rules_broken || (report.success && !changed.is_empty()) {
                Status::RuleBroken
            } else {
                Status::CompileError
            },
            tampered,
            build,
            rules: (!exercise.rules.is_empty() && (report.success || only_rules_broken)).then_some(
                RulesStage {
                    broken: broken_rules,
                },
            ),
            changed,
            tests: None,
            cases: None,
            prediction,
            elapsed_ms: 0,
        };
        // Nothing runs until what the statement keeps is kept.
        if report.success && verdict.changed.is_empty() {
            let cases = cases::discover(&exercise_dir, &exercise.dir)?;
            let externs = if cases.is_empty() {
                None
            } else {
                Some(case_build::externs(
                    self.workspace,
                    exercise,
                    &report,
                    &build_env,
                )?)
            };
            // The cases compile while the tests run.
            let (tests, cases) = std::thread::scope(|scope| {
                let case_build = externs.as_ref().map(|externs| {
                    scope.spawn(|| {
                        let out_dir = case_build::output_dir(self.workspace, exercise);
                        case_build::build_all(&cases, externs, &out_dir, self.output.color)
                    })
                });
                let tests = libtest::run_all(
                    &report.executables,
                    &exercise_dir,
                    exercise.timeout,
                    &|finished, of| self.report(Stage::RunningTests { finished, of }),
                );
                if case_build.is_some() {
                    self.report(Stage::CheckingCases);
                }
                let cases = case_build.map(|handle| {
                    handle
                        .join()
                        .map_err(|_| anyhow::anyhow!("the case build thread panicked"))?
                        .map(|builds| {
                            cases::judge(&exercise_dir, &cases, &builds, exercise.timeout)
                        })
                });
                (tests, cases.transpose())
            });
            // A cancelled check's programs were killed: their results mean nothing.
            stop_if_cancelled()?;
            let tests = tests?;
            let cases = cases?;
            verdict.status = if !tests.ok() {
                Status::TestsFailed
            } else if cases.as_ref().is_some_and(|c| !c.ok()) {
                Status::CasesFailed
            } else if !verdict.tampered.is_empty() {
                Status::Tampered
            } else {
                Status::Solved
            };
            verdict.tests = Some(tests);
            verdict.cases = cases;
        }
        if verdict
            .prediction
            .as_ref()
            .is_some_and(|p| p.state == PredictionState::Wrong)
        {
            verdict.status = Status::WrongPrediction;
        }
        verdict.elapsed_ms = elapsed_ms(started);
        Ok(verdict)
    }
}

impl Judge<'_> {
    fn report(&self, stage: Stage) {
        if let Some(report) = &self.stages {
            report(stage);
        }
    }
}

/// Watch cancels a check whose content is out of date (see `process`).
fn stop_if_cancelled() -> Result<()> {
    if crate::process::check_cancelled() {
        return Err(crate::process::Cancelled.into());
    }
    Ok(())
}

fn elapsed_ms(started: Instant) -> u64 {
    u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// `cargo test --no-run` of the exercise, as every verdict builds it.
pub fn test_build_args(
    workspace: &Workspace,
    exercise: &Exercise,
    exercise_dir: &Path,
) -> Vec<String> {
    let mut args: Vec<String> = vec![
        "test".into(),
        "--no-run".into(),
        "--manifest-path".into(),
        workspace
            .root
            .join("Cargo.toml")
            .to_string_lossy()
            .into_owned(),
        "--target-dir".into(),
        workspace.target_dir.to_string_lossy().into_owned(),
        "-p".into(),
        exercise.package.clone(),
    ];
    args.extend(test_targets(exercise_dir));
    args
}

/// The targets a test build selects: the integration tests, and the
/// library's or binaries' own unit tests where their code has any. A
/// library without test code would only be compiled and linked again as an
/// empty test program.
pub fn test_targets(exercise_dir: &Path) -> Vec<String> {
    let mut targets = Vec::new();
    for name in integration_tests(exercise_dir) {
        targets.extend(["--test".into(), name]);
    }
    let has_lib = exercise_dir.join("src/lib.rs").is_file();
    let has_bins =
        exercise_dir.join("src/main.rs").is_file() || exercise_dir.join("src/bin").is_dir();
    let unit_tests = has_test_code(&exercise_dir.join("src"));
    if has_lib && (unit_tests || targets.is_empty()) {
        targets.push("--lib".into());
    }
    if has_bins && (unit_tests || targets.is_empty()) {
        targets.push("--bins".into());
    }
    targets
}

/// Whether any Rust file below `dir` has an attribute that mentions tests
/// (`#[test]`, `#[cfg(test)]`, `#[tokio::test]`, ...).
fn has_test_code(dir: &Path) -> bool {
    let Ok(files) = crate::seal::files_below(dir) else {
        return true; // unreadable: build the unit tests and let cargo say
    };
    files
        .iter()
        .filter(|file| file.extension().is_some_and(|ext| ext == "rs"))
        .any(|file| std::fs::read_to_string(file).map_or(true, |text| mentions_tests(&text)))
}

fn mentions_tests(text: &str) -> bool {
    text.match_indices("#").any(|(at, _)| {
        let rest = text[at + 1..].trim_start_matches('!').trim_start();
        let Some(inside) = rest.strip_prefix('[') else {
            return false;
        };
        // Up to the bracket that closes the attribute.
        let mut depth = 1;
        let end = inside
            .char_indices()
            .find_map(|(i, c)| {
                match c {
                    '[' => depth += 1,
                    ']' => depth -= 1,
                    _ => {}
                }
                (depth == 0).then_some(i)
            })
            .unwrap_or(inside.len());
        inside[..end].contains("test")
    })
}

/// The integration test targets cargo discovers by itself (`tests/*.rs`,
/// `tests/*/main.rs`), less the trybuild one.
pub fn integration_tests(exercise_dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(exercise_dir.join("tests")) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .flatten()
        .filter_map(|entry| {
            let path = entry.path();
            let name = if path.is_file() && path.extension().is_some_and(|e| e == "rs") {
                path.file_stem()?.to_string_lossy().into_owned()
            } else if path.join("main.rs").is_file() {
                entry.file_name().to_string_lossy().into_owned()
            } else {
                return None;
            };
            (name != TRYBUILD_TEST).then_some(name)
        })
        .collect();
    names.sort();
    names
}

/// The learner's files must exist and be UTF-8, or nothing can be judged.
/// Returns each file with its blob id.
fn read_learner_files(
    workspace: &Workspace,
    exercise: &Exercise,
) -> Result<Vec<(PathBuf, String)>> {
    let mut blobs = Vec::new();
    for file in &exercise.files {
        let path = workspace.root.join(&exercise.dir).join(file);
        let shown = exercise.dir.join(file);
        let bytes = std::fs::read(&path).with_context(|| {
            format!(
                "{}: cannot read the exercise file (`{} reset {}` restores it)",
                shown.display(),
                crate::workspace::invocation(),
                exercise.name
            )
        })?;
        if let Err(error) = std::str::from_utf8(&bytes) {
            let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
            return Err(LocatedError::at_offset(
                &shown,
                valid,
                valid.len(),
                "not valid UTF-8 (Rust source files must be UTF-8)",
            )
            .into());
        }
        blobs.push((file.clone(), crate::seal::blob_id(&bytes)));
    }
    Ok(blobs)
}

/// The `error:` lines of cargo's own output (a broken manifest, a missing file).
fn cargo_error_lines(stderr: &str) -> String {
    let lines: Vec<&str> = stderr
        .lines()
        .skip_while(|line| !line.trim_start().starts_with("error"))
        .take(12)
        .collect();
    if lines.is_empty() {
        stderr.trim().to_string()
    } else {
        lines.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::mentions_tests;

    #[test]
    fn finds_test_code_in_attributes_only() {
        for text in [
            "#[test]\nfn a() {}",
            "#[cfg(test)]\nmod tests;",
            "#![cfg(test)]",
            "#[tokio::test(flavor = \"multi_thread\")]\nasync fn a() {}",
            "# [ test ]\nfn a() {}",
        ] {
            assert!(mentions_tests(text), "{text}");
        }
        for text in [
            "pub fn test_value() -> u8 { 1 }",
            "// a #test of nothing\nfn a() {}",
            "#[derive(Debug)]\nstruct Latest;",
        ] {
            assert!(!mentions_tests(text), "{text}");
        }
    }
}
