//! Must-pass and must-fail cases: small programs that use the learner's API.
//! All cases of an exercise compile in one cargo invocation, as binaries of a
//! generated package that depends on the exercise crate.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, Result};

use crate::cargo::{self, BuildReport, Diagnostic};
use crate::catalogue::Exercise;
use crate::process::{Exit, run_limited};
use crate::verdict::{CaseKind, CaseOutcome, CaseResult, CasesStage};
use crate::workspace::Workspace;

pub const PASS_DIR: &str = "tests/pass";
pub const FAIL_DIR: &str = "tests/fail";

/// Codes that mean a case named something the crate does not provide (or
/// hides): the learner changed the public API the case relies on.
const API_CHANGED_CODES: &[&str] = &[
    "E0412", "E0422", "E0423", "E0425", "E0432", "E0433", "E0603", "E0616", "E0624",
];

#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub kind: CaseKind,
    /// Absolute path.
    pub path: PathBuf,
    /// `(line, code)` pairs from `//~ ERROR` annotations (must-fail cases).
    pub annotations: Vec<(usize, String)>,
}

impl Case {
    pub fn bin_name(&self) -> String {
        let prefix = match self.kind {
            CaseKind::MustPass => "pass",
            CaseKind::MustFail => "fail",
        };
        let stem: String = self
            .name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        format!("{prefix}_{stem}")
    }
}

/// The cases of an exercise, must-pass first, each group sorted by name.
pub fn discover(exercise_dir: &Path) -> Result<Vec<Case>> {
    let mut cases = Vec::new();
    for (dir, kind) in [
        (PASS_DIR, CaseKind::MustPass),
        (FAIL_DIR, CaseKind::MustFail),
    ] {
        let Ok(entries) = std::fs::read_dir(exercise_dir.join(dir)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let name = path
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .unwrap_or_default();
            let annotations = match kind {
                CaseKind::MustFail => parse_annotations(&text),
                CaseKind::MustPass => Vec::new(),
            };
            cases.push(Case {
                name,
                kind,
                path,
                annotations,
            });
        }
    }
    Ok(cases)
}

/// Reads `//~ ERROR E0277` (this line) and `//~^ ERROR E0277` (one line up
/// per caret) annotations, in the style of rustc's UI tests.
pub fn parse_annotations(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let Some((_, after)) = line.split_once("//~") else {
            continue;
        };
        let carets = after.chars().take_while(|&c| c == '^').count();
        let rest = after[carets..].trim_start();
        let Some(code) = rest.strip_prefix("ERROR") else {
            continue;
        };
        let code: String = code.trim_start().chars().take(5).collect();
        let line_number = (index + 1).saturating_sub(carets);
        if code.len() == 5 && line_number > 0 {
            found.push((line_number, code));
        }
    }
    found
}

/// Writes the package that builds every case as a binary, and returns its directory.
fn generate_package(workspace: &Workspace, exercise: &Exercise, cases: &[Case]) -> Result<PathBuf> {
    let dir = workspace
        .generated_dir()
        .join("cases")
        .join(&exercise.package);
    let exercise_dir = workspace.root.join(&exercise.dir);

    let mut dependencies = crate::manifest::exercise_dependencies(&exercise_dir)?;
    let mut own = toml::Table::new();
    own.insert(
        "path".into(),
        exercise_dir.to_string_lossy().into_owned().into(),
    );
    dependencies.insert(exercise.package.clone(), own.into());

    let bins: Vec<toml::Value> = cases
        .iter()
        .map(|case| {
            let mut bin = toml::Table::new();
            bin.insert("name".into(), case.bin_name().into());
            bin.insert(
                "path".into(),
                case.path.to_string_lossy().into_owned().into(),
            );
            bin.into()
        })
        .collect();

    let mut package = toml::Table::new();
    package.insert("name".into(), format!("{}_cases", exercise.package).into());
    package.insert("version".into(), "0.0.0".into());
    package.insert("edition".into(), "2024".into());
    package.insert("publish".into(), false.into());
    package.insert("autobins".into(), false.into());

    let mut manifest = toml::Table::new();
    manifest.insert("package".into(), package.into());
    manifest.insert("dependencies".into(), dependencies.into());
    manifest.insert("bin".into(), bins.into());
    crate::manifest::write_generated(workspace, &dir, manifest)?;
    Ok(dir)
}

/// Compiles every case in one cargo invocation.
pub fn build(
    workspace: &Workspace,
    exercise: &Exercise,
    cases: &[Case],
    output: cargo::Output,
) -> Result<BuildReport> {
    let dir = generate_package(workspace, exercise, cases)?;
    let target_dir = workspace.target_dir.to_string_lossy().into_owned();
    cargo::build(
        &dir,
        &[
            "build",
            "--bins",
            "--keep-going",
            "--target-dir",
            &target_dir,
        ],
        output,
    )
}

/// Judges every case from the build report, running the must-pass binaries.
pub fn judge(
    exercise_dir: &Path,
    cases: &[Case],
    report: &BuildReport,
    limit: Duration,
) -> CasesStage {
    let crate_broken = report
        .errors()
        .any(|d| !cases.iter().any(|case| case.bin_name() == d.target));
    let cases = cases
        .iter()
        .map(|case| {
            let errors: Vec<&Diagnostic> = report
                .errors()
                .filter(|d| d.target == case.bin_name())
                .collect();
            let executable = report
                .executables
                .iter()
                .find(|e| e.target == case.bin_name());
            let outcome = if crate_broken && errors.is_empty() && executable.is_none() {
                CaseOutcome::NotJudged {
                    reason: "the exercise crate did not build".into(),
                }
            } else {
                match case.kind {
                    CaseKind::MustPass => judge_must_pass(
                        &errors,
                        executable.map(|e| e.path.as_path()),
                        exercise_dir,
                        limit,
                    ),
                    CaseKind::MustFail => judge_must_fail(case, &errors, report),
                }
            };
            CaseResult {
                name: case.name.clone(),
                kind: case.kind,
                file: case
                    .path
                    .strip_prefix(exercise_dir)
                    .unwrap_or(&case.path)
                    .to_path_buf(),
                outcome,
            }
        })
        .collect();
    CasesStage { cases }
}

fn judge_must_pass(
    errors: &[&Diagnostic],
    executable: Option<&Path>,
    exercise_dir: &Path,
    limit: Duration,
) -> CaseOutcome {
    if let Some(first) = errors.first() {
        return CaseOutcome::DoesNotCompile {
            error: short_error(first),
        };
    }
    let Some(executable) = executable else {
        return CaseOutcome::DoesNotCompile {
            error: "cargo built no binary for it".into(),
        };
    };
    let mut command = Command::new(executable);
    command.current_dir(exercise_dir).env("RUST_BACKTRACE", "0");
    let finished = match run_limited(command, limit) {
        Ok(finished) => finished,
        Err(error) => {
            return CaseOutcome::RunFailed {
                reason: format!("cannot start it: {error}"),
            };
        }
    };
    let reason = match finished.exit {
        Exit::Code(0) => return CaseOutcome::Ok,
        Exit::Code(code) => format!("exit code {code}"),
        Exit::Signal(signal) => format!("killed by signal {signal}"),
        Exit::TimedOut => format!("still running after {} s", limit.as_secs()),
    };
    let said = finished.stderr.text.trim();
    let reason = if said.is_empty() {
        reason
    } else {
        let last_lines: Vec<&str> = said.lines().rev().take(6).collect();
        let said: Vec<&str> = last_lines.into_iter().rev().collect();
        format!("{reason}: {}", said.join("\n"))
    };
    CaseOutcome::RunFailed { reason }
}

fn judge_must_fail(case: &Case, errors: &[&Diagnostic], report: &BuildReport) -> CaseOutcome {
    let Some((first_line, first_code)) = case.annotations.first().cloned() else {
        return CaseOutcome::NotAnnotated;
    };
    if errors.is_empty() {
        let built = report
            .executables
            .iter()
            .any(|e| e.target == case.bin_name());
        return if built {
            CaseOutcome::Compiled
        } else {
            CaseOutcome::NotJudged {
                reason: "cargo neither built it nor reported an error".into(),
            }
        };
    }
    let matches = |line: usize, code: &str, d: &Diagnostic| {
        d.code.as_deref() == Some(code)
            && d.spans.iter().any(|span| {
                same_file(&span.file, &case.path)
                    && span.line_start <= line
                    && line <= span.line_end
            })
    };
    // Every annotated error must occur where annotated...
    let missing = case
        .annotations
        .iter()
        .find(|(line, code)| !errors.iter().any(|d| matches(*line, code, d)));
    // ...and nothing else may go wrong: an unrelated error means the case
    // fails for a reason other than the misuse it shows.
    let unrelated = errors.iter().find(|d| {
        !case
            .annotations
            .iter()
            .any(|(_, code)| d.code.as_deref() == Some(code.as_str()))
    });
    let culprit = match (missing, unrelated) {
        (None, None) => return CaseOutcome::Ok,
        (_, Some(unrelated)) => unrelated,
        (Some((_, code)), None) => errors
            .iter()
            .find(|d| d.code.as_deref() == Some(code.as_str()))
            .unwrap_or(&errors[0]),
    };
    let (line, expected) = missing.cloned().unwrap_or((first_line, first_code));
    CaseOutcome::WrongReason {
        expected,
        line,
        got: short_error(culprit),
        api_changed: culprit
            .code
            .as_deref()
            .is_some_and(|code| API_CHANGED_CODES.contains(&code)),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b || a.canonicalize().ok() == b.canonicalize().ok()
}

/// `E0425 on line 4: cannot find value ...`.
fn short_error(diagnostic: &Diagnostic) -> String {
    let code = diagnostic.code.as_deref().unwrap_or("error");
    match diagnostic.spans.first() {
        Some(span) => format!("{code} on line {}: {}", span.line_start, diagnostic.message),
        None => format!("{code}: {}", diagnostic.message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_same_line_and_caret_annotations() {
        let text = "fn main() {\n    spawn(move || t); //~ ERROR E0277\n    let x = y;\n    //~^ ERROR E0425\n}\n";
        assert_eq!(
            parse_annotations(text),
            vec![(2, "E0277".to_string()), (3, "E0425".to_string())]
        );
    }

    #[test]
    fn ignores_plain_comments() {
        assert!(parse_annotations("// ERROR E0277\nlet a = 1; // ~ ERROR E0277\n").is_empty());
    }
}
