//! Must-pass and must-fail cases: small programs that use the learner's API.
//! `case_build` compiles them; this module finds them, reads their
//! annotations and judges what compiling and running them gave.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, Result};

use crate::cargo::Diagnostic;
use crate::catalogue::LocatedError;
use crate::process::{Exit, run_limited};
use crate::verdict::{CaseKind, CaseOutcome, CaseResult, CasesStage, MatchedError};

pub const PASS_DIR: &str = "tests/pass";
/// What compiling one case gave: `case_build` makes it, and the cases are
/// judged on it here.
#[derive(Debug, Default)]
pub struct CaseBuild {
    pub errors: Vec<Diagnostic>,
    /// The program of a must-pass case that compiled.
    pub executable: Option<PathBuf>,
    /// rustc finished without an error.
    pub compiled: bool,
}

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
    /// The `//~ ERROR` annotations of a must-fail case.
    pub annotations: Vec<Annotation>,
}

/// `//~ ERROR E0599|E0277`: on this line, rustc must report one of these
/// codes. Several codes are for a misuse that equally correct designs reject
/// with different errors (`dev check` proves each one is reached).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    pub line: usize,
    pub codes: Vec<String>,
}

impl Annotation {
    /// `E0277`, or `E0599 or E0277`.
    pub fn describe(&self) -> String {
        self.codes.join(" or ")
    }
}

/// How an annotation is written, for the message about a malformed one.
pub const ANNOTATION_FORMS: &str = "`//~ ERROR E0277` (this line), `//~^ ERROR E0277` (one line up per caret), `//~ ERROR E0599|E0277` (any of these)";

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

/// The cases of an exercise, must-pass first, each group sorted by name. A
/// malformed annotation is an error with its place (shown from `shown_dir`,
/// the exercise as the workspace names it): an exercise must never check
/// less than it says.
pub fn discover(exercise_dir: &Path, shown_dir: &Path) -> Result<Vec<Case>> {
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
            let shown = shown_dir
                .join(dir)
                .join(path.file_name().unwrap_or_default());
            let annotations =
                parse_annotations(&text).map_err(|(line, column, message)| LocatedError {
                    path: shown.clone(),
                    line,
                    column,
                    message: format!("{message}; write {ANNOTATION_FORMS}"),
                })?;
            if kind == CaseKind::MustPass
                && let Some(annotation) = annotations.first()
            {
                return Err(LocatedError {
                    path: shown,
                    line: annotation.line,
                    column: 1,
                    message: "a must-pass case carries no `//~ ERROR` annotation: it must compile"
                        .into(),
                }
                .into());
            }
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
/// per caret) annotations, in the style of rustc's UI tests, strictly:
/// anything else after `//~` is an error `(line, column, message)`.
pub fn parse_annotations(text: &str) -> Result<Vec<Annotation>, (usize, usize, String)> {
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let Some(at) = line.find("//~") else {
            continue;
        };
        let column = line[..at].chars().count() + 1;
        let malformed =
            |what: &str| Err((index + 1, column, format!("malformed annotation: {what}")));
        let after = &line[at + 3..];
        let carets = after.chars().take_while(|&c| c == '^').count();
        let Some(rest) = after[carets..].strip_prefix(' ') else {
            return malformed("expected a space and `ERROR` after `//~`");
        };
        let Some(codes) = rest.trim_start().strip_prefix("ERROR ") else {
            return malformed("expected `ERROR` followed by a space");
        };
        let codes: Vec<String> = codes.trim().split('|').map(str::to_string).collect();
        if let Some(bad) = codes.iter().find(|code| !is_error_code(code)) {
            return malformed(&format!(
                "`{bad}` is not an error code (E followed by four digits; several are joined by `|`, no spaces)"
            ));
        }
        let Some(line_number) = (index + 1).checked_sub(carets).filter(|&n| n > 0) else {
            return malformed("the carets point above the first line");
        };
        found.push(Annotation {
            line: line_number,
            codes,
        });
    }
    Ok(found)
}

/// `E0277`: an error code of rustc (a lint is named instead).
pub fn is_error_code(text: &str) -> bool {
    text.len() == 5 && text.starts_with('E') && text[1..].bytes().all(|b| b.is_ascii_digit())
}

/// Judges every case from its build (`builds[i]` is `cases[i]`'s), running
/// the must-pass programs.
pub fn judge(
    exercise_dir: &Path,
    cases: &[Case],
    builds: &[CaseBuild],
    limit: Duration,
) -> CasesStage {
    let cases = cases
        .iter()
        .zip(builds)
        .map(|(case, build)| {
            let errors: Vec<&Diagnostic> = build.errors.iter().collect();
            let outcome = match case.kind {
                CaseKind::MustPass => {
                    judge_must_pass(&errors, build.executable.as_deref(), exercise_dir, limit)
                }
                CaseKind::MustFail => judge_must_fail(case, &errors, build.compiled),
            };
            let reported = match case.kind {
                CaseKind::MustPass => Vec::new(),
                CaseKind::MustFail => errors_in_file(&errors, &case.path),
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
                errors: reported,
            }
        })
        .collect();
    CasesStage { cases }
}

/// The coded errors whose first place is in `file`: code and line.
fn errors_in_file(errors: &[&Diagnostic], file: &Path) -> Vec<MatchedError> {
    errors
        .iter()
        .filter_map(|d| {
            let code = d.code.as_deref().filter(|code| is_error_code(code))?;
            let span = d.spans.iter().find(|span| same_file(&span.file, file))?;
            Some(MatchedError {
                line: span.line_start,
                code: code.to_string(),
            })
        })
        .collect()
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
            error: "rustc made no program of it".into(),
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
        Exit::Code(0) => {
            return CaseOutcome::Ok {
                matched: Vec::new(),
            };
        }
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

fn judge_must_fail(case: &Case, errors: &[&Diagnostic], compiled: bool) -> CaseOutcome {
    let Some(first) = case.annotations.first() else {
        return CaseOutcome::NotAnnotated;
    };
    if errors.is_empty() {
        return if compiled {
            CaseOutcome::Compiled
        } else {
            CaseOutcome::NotJudged {
                reason: "rustc neither compiled it nor reported an error".into(),
            }
        };
    }
    let at_line = |line: usize, d: &Diagnostic| {
        d.spans.iter().any(|span| {
            same_file(&span.file, &case.path) && span.line_start <= line && line <= span.line_end
        })
    };
    // Every annotation must be met by one of its codes where it points...
    let mut matched = Vec::new();
    let mut missing = None;
    for annotation in &case.annotations {
        let hit = errors.iter().find_map(|d| {
            let code = d.code.as_deref()?;
            (annotation.codes.iter().any(|c| c == code) && at_line(annotation.line, d))
                .then(|| code.to_string())
        });
        match hit {
            Some(code) => matched.push(MatchedError {
                line: annotation.line,
                code,
            }),
            None => {
                missing.get_or_insert(annotation);
            }
        }
    }
    // ...and nothing else may go wrong: an unrelated error means the case
    // fails for a reason other than the misuse it shows.
    let annotated = |code: &str| {
        case.annotations
            .iter()
            .any(|a| a.codes.iter().any(|c| c == code))
    };
    let unrelated = errors
        .iter()
        .find(|d| !d.code.as_deref().is_some_and(annotated));
    let culprit = match (missing, unrelated) {
        (None, None) => return CaseOutcome::Ok { matched },
        (_, Some(unrelated)) => unrelated,
        (Some(annotation), None) => errors
            .iter()
            .find(|d| {
                d.code
                    .as_deref()
                    .is_some_and(|code| annotation.codes.iter().any(|c| c == code))
            })
            .unwrap_or(&errors[0]),
    };
    let annotation = missing.unwrap_or(first);
    CaseOutcome::WrongReason {
        expected: annotation.describe(),
        line: annotation.line,
        got: short_error(culprit),
        api_changed: culprit
            .code
            .as_deref()
            .is_some_and(|code| API_CHANGED_CODES.contains(&code)),
    }
}

/// The same file, however each path names it.
pub fn same_file(a: &Path, b: &Path) -> bool {
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

    fn annotation(line: usize, codes: &[&str]) -> Annotation {
        Annotation {
            line,
            codes: codes.iter().map(|c| c.to_string()).collect(),
        }
    }

    #[test]
    fn reads_same_line_caret_and_alternative_annotations() {
        let text = "fn main() {\n    spawn(move || t); //~ ERROR E0277\n    let x = y;\n    //~^ ERROR E0425\n    b.build(); //~ ERROR E0599|E0277\n}\n";
        assert_eq!(
            parse_annotations(text),
            Ok(vec![
                annotation(2, &["E0277"]),
                annotation(3, &["E0425"]),
                annotation(5, &["E0599", "E0277"]),
            ])
        );
    }

    #[test]
    fn ignores_plain_comments() {
        assert_eq!(
            parse_annotations("// ERROR E0277\nlet a = 1; // ~ ERROR E0277\n"),
            Ok(Vec::new())
        );
    }

    #[test]
    fn malformed_annotations_are_errors_with_their_place() {
        for (text, column, says) in [
            ("x; //~ ERROR E02770", 4, "`E02770` is not an error code"),
            (
                "x; //~ ERROR E0277 E0308",
                4,
                "`E0277 E0308` is not an error code",
            ),
            (
                "x; //~ ERROR: E0277",
                4,
                "expected `ERROR` followed by a space",
            ),
            ("x; //~ ERROR e0277", 4, "`e0277` is not an error code"),
            ("x; //~ ERROR", 4, "expected `ERROR` followed by a space"),
            ("x; //~ERROR E0277", 4, "expected a space"),
            ("x; //~ ERROR E0599 | E0277", 4, "is not an error code"),
            (
                "//~^ ERROR E0277",
                1,
                "the carets point above the first line",
            ),
        ] {
            let Err((line, found_column, message)) = parse_annotations(text) else {
                panic!("{text} must be rejected");
            };
            assert_eq!((line, found_column), (1, column), "{text}");
            assert!(message.contains(says), "{text}: {message}");
        }
    }
}
