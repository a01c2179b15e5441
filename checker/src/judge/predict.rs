//! Predict-the-error items: before fixing the code, the learner writes on the
//! `// PREDICT:` line which error rustc reports for the code as shipped, and
//! on which line. The truth is what rustc says about the shipped code,
//! compiled here (and remembered per shipped content and compiler), never a
//! stored answer key.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::cargo::{self, Level};
use crate::catalogue::Exercise;
use crate::scratch::Scratch;
use crate::seal::Seal;
use crate::verdict::{PredictedError, Prediction, PredictionState};
use crate::workspace::Workspace;

/// What starts the answer line (a line of its own) in the file the learner edits.
pub const MARKER: &str = "// PREDICT:";

/// The answer as read from the learner's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// No `// PREDICT:` line at all.
    Missing,
    /// The line as shipped: nothing predicted yet.
    Placeholder {
        file: PathBuf,
        line: usize,
    },
    /// Filled in, but not readable as a code and a line.
    Malformed {
        file: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    Given {
        code: String,
        line: usize,
    },
}

/// Finds and reads the answer line in the learner's files.
pub fn read_answer(exercise_dir: &Path, files: &[PathBuf]) -> Answer {
    for file in files {
        let Ok(text) = std::fs::read_to_string(exercise_dir.join(file)) else {
            continue;
        };
        for (index, text_line) in text.lines().enumerate() {
            // The answer line is a comment of its own: an example of it
            // inside other text is not it.
            let indent = text_line.len() - text_line.trim_start().len();
            if text_line.trim_start().starts_with(MARKER) {
                let column = indent;
                let rest = &text_line[column + MARKER.len()..];
                return parse(rest).unwrap_or_else(|problem| match problem {
                    Problem::Placeholder => Answer::Placeholder {
                        file: file.clone(),
                        line: index + 1,
                    },
                    Problem::Unreadable(message) => Answer::Malformed {
                        file: file.clone(),
                        line: index + 1,
                        column: column + MARKER.len() + 2,
                        message,
                    },
                });
            }
        }
    }
    Answer::Missing
}

enum Problem {
    Placeholder,
    Unreadable(String),
}

/// Reads `E0502 line 14` (any case; also `E0502:14`, `E0502 L14`,
/// `E0502 (line 14)`), ignoring words and punctuation around them.
fn parse(text: &str) -> Result<Answer, Problem> {
    let text = text.trim();
    if text.is_empty() || !text.chars().any(|c| c.is_ascii_digit()) {
        return Err(Problem::Placeholder);
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let is_code = |word: &str| {
        word.strip_prefix('e')
            .is_some_and(|digits| digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()))
    };
    let Some(code) = words.iter().find(|word| is_code(word)) else {
        return Err(Problem::Unreadable(
            "no error code: write it as E followed by four digits, like E0382".into(),
        ));
    };
    let number = |word: &str| word.parse::<usize>().ok().filter(|n| *n > 0);
    // The number after `line`, else `L14`, else the only bare number.
    let after_line = words
        .windows(2)
        .find(|pair| matches!(pair[0].as_str(), "line" | "ln" | "l"))
        .and_then(|pair| number(&pair[1]));
    let glued = words.iter().find_map(|word| {
        let digits = word
            .strip_prefix("line")
            .or_else(|| word.strip_prefix('l'))?;
        number(digits)
    });
    let bare: Vec<usize> = words.iter().filter_map(|word| number(word)).collect();
    let line = after_line
        .or(glued)
        .or_else(|| (bare.len() == 1).then(|| bare[0]));
    match line {
        Some(line) => Ok(Answer::Given {
            code: code.to_ascii_uppercase(),
            line,
        }),
        None if bare.len() > 1 => Err(Problem::Unreadable(
            "which number is the line? write it as `line 12`".into(),
        )),
        None => Err(Problem::Unreadable(
            "no line number: write it as `line 12`".into(),
        )),
    }
}

/// What rustc reports for the shipped code: its errors in the learner's file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Truth {
    pub errors: Vec<PredictedError>,
}

/// Reads and judges the answer; rustc is asked only once one is given.
pub fn judge(workspace: &Workspace, seal: &Seal, exercise: &Exercise) -> Result<Prediction> {
    let exercise_dir = workspace.root.join(&exercise.dir);
    let answer = read_answer(&exercise_dir, &exercise.files);
    let shown = |file: &Path| exercise.dir.join(file).display().to_string();
    Ok(match answer {
        Answer::Missing => Prediction {
            state: PredictionState::Missing,
            answer: None,
            actual: Vec::new(),
            message: format!(
                "the `{MARKER}` line is gone from {}; `{} reset {}` brings it back",
                shown(&exercise.files[0]),
                crate::workspace::invocation(),
                exercise.name
            ),
        },
        Answer::Placeholder { file, line } => Prediction {
            state: PredictionState::Missing,
            answer: None,
            actual: Vec::new(),
            message: format!(
                "first predict: which error does rustc report for the code as shipped, and on which line? Write it on the `{MARKER}` line ({}:{line}), like `{MARKER} E0000 line 00`; then fix the code",
                shown(&file)
            ),
        },
        Answer::Malformed {
            file,
            line,
            column,
            message,
        } => Prediction {
            state: PredictionState::Malformed,
            answer: None,
            actual: Vec::new(),
            message: format!("{}:{line}:{column}: {message}", shown(&file)),
        },
        Answer::Given { code, line } => {
            let truth = truth(workspace, seal, exercise)?;
            let right = truth
                .errors
                .iter()
                .any(|error| error.code == code && (error.line..=error.line_end).contains(&line));
            let answer = Some(PredictedError {
                code: code.clone(),
                line,
                line_end: line,
                message: String::new(),
            });
            if right {
                Prediction {
                    state: PredictionState::Right,
                    answer,
                    actual: truth.errors,
                    message: format!("right: rustc reports {code} on line {line}"),
                }
            } else {
                Prediction {
                    state: PredictionState::Wrong,
                    answer,
                    message: format!("you predicted {code} on line {line}; rustc says otherwise"),
                    actual: truth.errors,
                }
            }
        }
    })
}

/// rustc's errors for the shipped code, from the cache when the shipped
/// files and the compiler are the same as when it was computed.
pub fn truth(workspace: &Workspace, seal: &Seal, exercise: &Exercise) -> Result<Truth> {
    let ids = seal.files_of(exercise)?;
    let key = format!(
        "{ids:?}\n{}",
        crate::toolchain::version_text(&workspace.root)
    );
    let cache = workspace
        .generated_dir()
        .join("predict")
        .join(format!("{}.json", exercise.id));
    if let Ok(text) = std::fs::read_to_string(&cache)
        && let Ok(cached) = serde_json::from_str::<Cached>(&text)
        && cached.key == key
    {
        return Ok(cached.truth);
    }
    let truth = compile_shipped(workspace, seal, exercise)?;
    if let Some(dir) = cache.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let cached = Cached {
        key,
        truth: truth.clone(),
    };
    crate::files::write_atomically(&cache, serde_json::to_string(&cached)?.as_bytes())?;
    Ok(truth)
}

#[derive(Serialize, Deserialize)]
struct Cached {
    key: String,
    truth: Truth,
}

/// Compiles a scratch copy holding the shipped learner files.
fn compile_shipped(workspace: &Workspace, seal: &Seal, exercise: &Exercise) -> Result<Truth> {
    let slot = Scratch::claim(workspace, "predict")?;
    let copy = slot.prepare_shipped(workspace, seal, exercise)?;
    let copy_dir = copy.root.join(&exercise.dir);
    let mut args: Vec<String> = vec![
        "check".into(),
        "--manifest-path".into(),
        copy.root.join("Cargo.toml").to_string_lossy().into_owned(),
        // The main target directory: the dependencies are already built there.
        "--target-dir".into(),
        workspace.target_dir.to_string_lossy().into_owned(),
        "-p".into(),
        exercise.package.clone(),
    ];
    if copy_dir.join("src/lib.rs").is_file() {
        args.push("--lib".into());
    }
    if copy_dir.join("src/main.rs").is_file() || copy_dir.join("src/bin").is_dir() {
        args.push("--bins".into());
    }
    let report = cargo::build(&copy.root, &args, &[], cargo::Output::default())?;
    let learner_files: Vec<PathBuf> = exercise.files.iter().map(|f| copy_dir.join(f)).collect();
    let errors: Vec<PredictedError> = report
        .diagnostics
        .iter()
        .filter(|d| d.level == Level::Error)
        .filter_map(|d| {
            let code = d.code.clone()?;
            let span = d.spans.iter().find(|s| learner_files.contains(&s.file))?;
            Some(PredictedError {
                code,
                line: span.line_start,
                line_end: span.line_end,
                message: d.message.clone(),
            })
        })
        .collect();
    if report.success || errors.is_empty() {
        bail!(
            "{}: the shipped code of a predict exercise must fail to compile with an error in the file the learner edits",
            exercise.id
        );
    }
    Ok(Truth { errors })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn given(text: &str) -> Option<(String, usize)> {
        match parse(text) {
            Ok(Answer::Given { code, line }) => Some((code, line)),
            _ => None,
        }
    }

    #[test]
    fn reads_the_usual_ways_of_writing_an_answer() {
        let expected = Some(("E0502".to_string(), 14));
        assert_eq!(given("E0502 line 14"), expected);
        assert_eq!(given(" e0502, line 14 "), expected);
        assert_eq!(given("E0502 on line 14"), expected);
        assert_eq!(given("E0502:14"), expected);
        assert_eq!(given("E0502 L14"), expected);
        assert_eq!(given("E0502 line14"), expected);
        assert_eq!(given("E0502 (line 14)."), expected);
        assert_eq!(given("E0502 line 14, column 5"), expected);
        assert_eq!(given("E0502 at 14:5 line 14"), expected);
    }

    #[test]
    fn only_a_line_of_its_own_is_the_answer_line() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let text = "//! Answer like `// PREDICT: E0000 line 00`.\n\n    // PREDICT: E____ line __\nfn f() {}\n";
        std::fs::write(dir.path().join("lib.rs"), text).expect("write");
        let answer = read_answer(dir.path(), &[PathBuf::from("lib.rs")]);
        assert_eq!(
            answer,
            Answer::Placeholder {
                file: PathBuf::from("lib.rs"),
                line: 3
            }
        );
    }

    #[test]
    fn the_shipped_placeholder_is_not_an_answer() {
        assert!(matches!(parse(" E____ line __"), Err(Problem::Placeholder)));
        assert!(matches!(parse(""), Err(Problem::Placeholder)));
    }

    #[test]
    fn half_an_answer_says_what_is_missing() {
        let Err(Problem::Unreadable(message)) = parse("line 14") else {
            panic!("a line alone is not an answer");
        };
        assert!(message.contains("no error code"), "{message}");
        let Err(Problem::Unreadable(message)) = parse("E0502") else {
            panic!("a code alone is not an answer");
        };
        assert!(message.contains("no line number"), "{message}");
        let Err(Problem::Unreadable(message)) = parse("E0502 14 5") else {
            panic!("two bare numbers are not a line");
        };
        assert!(message.contains("which number is the line"), "{message}");
    }
}
