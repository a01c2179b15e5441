//! `checker dev bless NAME`: writes into the exercise what the compiler and
//! the judge report, as trybuild's `TRYBUILD=overwrite` does for its
//! expectations: the `expect` list of the shipped state, the `//~ ERROR`
//! annotations of must-fail cases that lack the right ones, and each lazy
//! variant's `// expect:` head. It shows what it changes, as a diff, and
//! changes nothing else; `dev check` still proves the result.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::catalogue::{Catalogue, Exercise, Expectation};
use crate::judge::Judge;
use crate::scratch::{Scratch, State};
use crate::seal::Seal;
use crate::variants::{self, Kind};
use crate::verdict::{CaseKind, MatchedError};
use crate::workspace::Workspace;

/// One file's new text.
struct Change {
    path: PathBuf,
    before: String,
    after: String,
}

pub fn run(workspace: &Workspace, name: &str) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let seal = Seal::load(workspace)?;
    let exercise = catalogue.find(name)?;
    let slot = Scratch::claim(workspace, "bless")?;
    let mut changes = Vec::new();

    if !exercise.predict {
        let copy = slot.prepare(workspace, exercise, State::Shipped)?;
        let verdict = Judge::quiet(&copy, &seal).judge(exercise)?;
        if verdict.solved() {
            eprintln!(
                "note: the shipped state is solved, so there is no expect list to write: it teaches nothing yet"
            );
        } else {
            changes.extend(expect_change(workspace, exercise, &verdict.failures())?);
        }
    }

    let copy = slot.prepare(workspace, exercise, State::Solution)?;
    let verdict = Judge::quiet(&copy, &seal).judge(exercise)?;
    for case in verdict
        .cases
        .iter()
        .flat_map(|stage| &stage.cases)
        .filter(|case| case.kind == CaseKind::MustFail && !case.outcome.is_ok())
        .filter(|case| !case.errors.is_empty())
    {
        let path = workspace.root.join(&exercise.dir).join(&case.file);
        let before = read(&path)?;
        let after = annotated(&before, &case.errors);
        if after != before {
            changes.push(Change {
                path,
                before,
                after,
            });
        }
    }

    for variant in variants::discover(workspace, exercise)?
        .into_iter()
        .filter(|variant| variant.kind == Kind::Lazy)
    {
        let copy = slot.prepare_variant(workspace, exercise, &variant)?;
        let verdict = Judge::quiet(&copy, &seal).judge(exercise)?;
        if verdict.solved() {
            eprintln!(
                "note: variant {} is solved: it is no lazy variant (name it alt- if it is another correct design)",
                variant.name
            );
            continue;
        }
        let Some((_, file)) = variant.files.first() else {
            continue;
        };
        let before = read(file)?;
        let after = with_expect_head(&before, &verdict.failures());
        if after != before {
            changes.push(Change {
                path: file.clone(),
                before,
                after,
            });
        }
    }

    if changes.is_empty() {
        println!(
            "{}: what the judge reports is what the exercise says; nothing to write",
            exercise.name
        );
        return Ok(0);
    }
    for change in &changes {
        print_diff(workspace, change);
        crate::files::write_atomically(&change.path, change.after.as_bytes())?;
    }
    println!(
        "wrote {} file(s); `{} dev seal`, then `{} dev check {}` proves the result",
        changes.len(),
        crate::workspace::invocation(),
        crate::workspace::invocation(),
        exercise.name
    );
    Ok(0)
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

/// info.toml with the exercise's `expect` set to what the shipped state
/// fails with; only that key of that entry changes.
fn expect_change(
    workspace: &Workspace,
    exercise: &Exercise,
    found: &[Expectation],
) -> Result<Option<Change>> {
    let mut declared = exercise.expect.clone();
    declared.sort_by_key(ToString::to_string);
    if declared == found {
        return Ok(None);
    }
    let path = workspace.catalogue_path();
    let before = read(&path)?;
    let mut document: toml_edit::DocumentMut = before
        .parse()
        .with_context(|| format!("cannot parse {}", path.display()))?;
    let entry = document["exercises"]
        .as_array_of_tables_mut()
        .and_then(|entries| {
            entries.iter_mut().find(|entry| {
                entry.get("id").and_then(|id| id.as_str()) == Some(exercise.id.as_str())
            })
        })
        .with_context(|| format!("no entry with id `{}` in info.toml", exercise.id))?;
    let list: toml_edit::Array = found.iter().map(ToString::to_string).collect();
    entry["expect"] = toml_edit::value(list);
    Ok(Some(Change {
        path,
        before,
        after: document.to_string(),
    }))
}

/// The case with an `//~ ERROR CODE` annotation on the line of each error
/// rustc reported in it, and no other annotation.
fn annotated(text: &str, errors: &[MatchedError]) -> String {
    let mut lines: Vec<String> = text
        .lines()
        .map(|line| match line.find("//~") {
            Some(at) => line[..at].trim_end().to_string(),
            None => line.to_string(),
        })
        .collect();
    let mut done = Vec::new();
    for error in errors {
        if done.contains(&error.line) {
            continue;
        }
        if let Some(line) = lines.get_mut(error.line.saturating_sub(1)) {
            line.push_str(&format!(" //~ ERROR {}", error.code));
            done.push(error.line);
        }
    }
    let mut out = lines.join("\n");
    if text.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// A variant's file with its `// expect:` head saying `found`.
fn with_expect_head(text: &str, found: &[Expectation]) -> String {
    let head = format!(
        "// expect: {}",
        found
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut lines: Vec<&str> = text.lines().collect();
    match lines.iter().position(|line| line.starts_with("// expect:")) {
        Some(at) => lines[at] = &head,
        None => {
            let after_about = lines
                .iter()
                .position(|line| line.starts_with("// variant:"))
                .map_or(0, |at| at + 1);
            lines.insert(after_about, &head);
        }
    }
    let mut out = lines.join("\n");
    if text.ends_with('\n') {
        out.push('\n');
    }
    out
}

fn print_diff(workspace: &Workspace, change: &Change) {
    let shown = workspace.relative(&change.path).display().to_string();
    let diff = similar::TextDiff::from_lines(&change.before, &change.after);
    print!(
        "{}",
        diff.unified_diff().context_radius(1).header(&shown, &shown)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_follow_the_errors_and_replace_old_ones() {
        let case = "fn main() {\n    let x: u8 = \"a\"; //~ ERROR E0599\n    drop(x);\n}\n";
        let errors = [MatchedError {
            line: 2,
            code: "E0308".into(),
        }];
        assert_eq!(
            annotated(case, &errors),
            "fn main() {\n    let x: u8 = \"a\"; //~ ERROR E0308\n    drop(x);\n}\n"
        );
    }

    #[test]
    fn a_head_says_how_the_variant_fails() {
        let variant = "// variant: clones the list\n// expect: E0382\nfn f() {}\n";
        assert_eq!(
            with_expect_head(variant, &[Expectation::Tests]),
            "// variant: clones the list\n// expect: tests\nfn f() {}\n"
        );
        let bare = "// variant: clones the list\nfn f() {}\n";
        assert_eq!(
            with_expect_head(bare, &[Expectation::Tests, Expectation::Case("c".into())]),
            "// variant: clones the list\n// expect: tests, case:c\nfn f() {}\n"
        );
    }
}
