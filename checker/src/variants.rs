//! Variants: other learner files kept beside an exercise's solution, in
//! `solutions/<topic>/<exercise>/variants/`. They prove that the judge
//! judges the lesson, not the shape of one solution:
//!
//! - `alt-NAME.rs`: another correct design, which must be solved;
//! - `lazy-NAME.rs`: a shortcut or slip the lesson rules out, which must fail
//!   exactly as its `// expect:` line says (the rule, test or case that
//!   catches it).
//!
//! A file stands for the exercise's only Rust learner file; a directory
//! `alt-NAME/` holds learner files at their paths inside the exercise. The
//! head of a variant says what it shows: `// variant: <what>` and, for a
//! lazy one, `// expect: rule:clippy::unwrap_used, tests`.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::catalogue::{Exercise, Expectation, LocatedError};
use crate::workspace::Workspace;

/// The directory of an exercise's variants, inside its solution directory.
pub const DIR: &str = "variants";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Another correct design: must be solved.
    Alt,
    /// A fix the lesson forbids: must fail as declared.
    Lazy,
}

#[derive(Debug, Clone)]
pub struct Variant {
    pub kind: Kind,
    /// The file or directory name without extension: `alt-bound-on-method`.
    pub name: String,
    /// Each learner file it replaces (relative to the exercise) and where
    /// its version is.
    pub files: Vec<(PathBuf, PathBuf)>,
    /// What it shows, from its `variant:` line.
    pub about: String,
    /// How it fails (lazy variants), from its `expect:` line.
    pub expect: Vec<Expectation>,
}

/// The variants of `exercise`, sorted by name; none without the directory.
pub fn discover(workspace: &Workspace, exercise: &Exercise) -> Result<Vec<Variant>> {
    let dir = workspace.root.join(exercise.solution_dir()).join(DIR);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(Vec::new());
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|entry| entry.path()).collect();
    paths.sort();
    paths
        .iter()
        .map(|path| read(workspace, exercise, path))
        .collect()
}

fn read(workspace: &Workspace, exercise: &Exercise, path: &Path) -> Result<Variant> {
    let shown = workspace.relative(path).to_path_buf();
    let problem = |message: String| LocatedError {
        path: shown.clone(),
        line: 1,
        column: 1,
        message,
    };
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = file_name
        .strip_suffix(".rs")
        .unwrap_or(&file_name)
        .to_string();
    let kind = if name.starts_with("alt-") {
        Kind::Alt
    } else if name.starts_with("lazy-") {
        Kind::Lazy
    } else {
        return Err(problem(format!(
            "`{file_name}`: a variant is named `alt-NAME` (another correct design) or `lazy-NAME` (a forbidden fix)"
        ))
        .into());
    };

    let files = if path.is_dir() {
        let mut files = Vec::new();
        for file in crate::seal::files_below(path)? {
            let relative = file.strip_prefix(path).unwrap_or(&file).to_path_buf();
            if !exercise.files.contains(&relative) {
                return Err(LocatedError {
                    path: workspace.relative(&file).to_path_buf(),
                    line: 1,
                    column: 1,
                    message: format!(
                        "`{}` is not a file the learner edits ({})",
                        relative.display(),
                        listing(exercise)
                    ),
                }
                .into());
            }
            files.push((relative, file));
        }
        files
    } else {
        let rust_files: Vec<&PathBuf> = exercise
            .files
            .iter()
            .filter(|file| file.extension().is_some_and(|ext| ext == "rs"))
            .collect();
        match (file_name.ends_with(".rs"), rust_files.as_slice()) {
            (true, [only]) => vec![((*only).clone(), path.to_path_buf())],
            (true, _) => {
                return Err(problem(format!(
                    "the learner edits several Rust files ({}): make the variant a directory holding them",
                    listing(exercise)
                ))
                .into());
            }
            (false, _) => {
                return Err(problem(
                    "a variant is a `.rs` file or a directory of learner files".into(),
                )
                .into());
            }
        }
    };
    if files.is_empty() {
        return Err(problem("an empty variant directory".into()).into());
    }

    let mut about: Option<String> = None;
    let mut expect = None;
    for (_, file) in &files {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let shown = workspace.relative(file);
        let is_rust = file.extension().is_some_and(|ext| ext == "rs");
        // A `variant:` line may go on over the comment lines below it.
        let mut continuing = false;
        for (index, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            // Rust comments in Rust files (not doc comments), `#` in the others.
            let comment = if is_rust {
                trimmed
                    .strip_prefix("//")
                    .filter(|rest| !rest.starts_with(['!', '/']))
            } else {
                trimmed.strip_prefix('#')
            };
            let Some(rest) = comment else {
                continuing = false;
                continue;
            };
            let rest = rest.trim_start();
            let another_head = ["expect:", "PREDICT:"]
                .iter()
                .any(|key| rest.starts_with(key));
            if continuing && !rest.is_empty() && !another_head {
                if let Some(about) = about.as_mut() {
                    about.push(' ');
                    about.push_str(rest.trim_end());
                }
                continue;
            }
            continuing = false;
            if let Some(what) = rest.strip_prefix("variant:") {
                if about.is_none() {
                    about = Some(what.trim().to_string());
                    continuing = true;
                }
            } else if let Some(list) = rest.strip_prefix("expect:")
                && expect.is_none()
            {
                let column = line.len() - list.len() + 1;
                let parsed: Result<Vec<Expectation>, LocatedError> = list
                    .split(',')
                    .map(str::trim)
                    .map(|item| {
                        Expectation::parse(item).ok_or_else(|| LocatedError {
                            path: shown.to_path_buf(),
                            line: index + 1,
                            column,
                            message: format!(
                                "expect item `{item}` is not an error code (E0382), `tests`, `case:NAME` or `rule:LINT`"
                            ),
                        })
                    })
                    .collect();
                expect = Some(parsed?);
            }
        }
    }
    let about = about
        .filter(|about| !about.is_empty())
        .ok_or_else(|| problem("say what the variant shows on a `// variant: ...` line".into()))?;
    let expect = expect.unwrap_or_default();
    match kind {
        Kind::Alt if !expect.is_empty() => {
            return Err(
                problem("an alt variant must be solved: it has no `expect:` line".into()).into(),
            );
        }
        Kind::Lazy if expect.is_empty() => {
            return Err(problem(
                "say how a lazy variant fails on an `// expect: ...` line (`rule:LINT`, `tests`, `case:NAME`, an error code)".into(),
            )
            .into());
        }
        _ => {}
    }
    Ok(Variant {
        kind,
        name,
        files,
        about,
        expect,
    })
}

fn listing(exercise: &Exercise) -> String {
    exercise
        .files
        .iter()
        .map(|file| file.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
