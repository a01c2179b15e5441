//! Fresh copies of the interview's exercises, as shipped, in a git-ignored
//! directory of their own (`.checker/interviews/<id>/`). The directory is a
//! cargo workspace of its own; each copy's package is renamed (its library
//! keeps its name, so tests and cases compile unchanged) so nothing clashes
//! with the learner's workspace, while the main target directory is shared:
//! dependencies are not built again.

use std::path::Path;

use anyhow::{Context, Result};

use crate::catalogue::Catalogue;
use crate::files::write_atomically;
use crate::seal::Seal;
use crate::workspace::Workspace;

/// What the judge needs to work on the copies.
pub struct Copies {
    pub workspace: Workspace,
    pub catalogue: Catalogue,
    pub seal: Seal,
}

/// Suffix of a copy's package name.
const PACKAGE_SUFFIX: &str = "_interview";

pub fn make(
    source: &Workspace,
    catalogue: &Catalogue,
    seal: &Seal,
    ids: &[String],
    dir: &Path,
) -> Result<Copies> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut exercises = Vec::new();
    let mut topics = Vec::new();
    for id in ids {
        let exercise = catalogue
            .by_id(id)
            .with_context(|| format!("no exercise `{id}` in the catalogue"))?;
        seal.write_shipped(source, exercise, &dir.join(&exercise.dir))?;
        for file in &exercise.files {
            point_at_the_interview(&dir.join(&exercise.dir).join(file))?;
        }
        let mut copy = exercise.clone();
        copy.package = format!("{}{PACKAGE_SUFFIX}", exercise.package);
        rename_package(&dir.join(&exercise.dir).join("Cargo.toml"), &copy.package)?;
        if let Some(topic) = catalogue.topic(&exercise.topic)
            && !topics
                .iter()
                .any(|t: &crate::catalogue::Topic| t.dir == topic.dir)
        {
            topics.push(topic.clone());
        }
        exercises.push(copy);
    }
    crate::manifest::write_workspace_copy(source, dir, &["exercises/*/*".to_string()])?;
    // The build cache is shared; the checker's generated files (case
    // packages, predict truths) are not, or they would clash by exercise id.
    let workspace = Workspace::with_target_dir(dir.to_path_buf(), source.target_dir.clone())
        .generating_in(source.generated_dir().join("interview"));
    let catalogue = Catalogue { topics, exercises };
    // The copies' own seal: their manifests differ from the shipped ones.
    let seal = Seal::compute(&workspace, &catalogue)?;
    Ok(Copies {
        workspace,
        catalogue,
        seal,
    })
}

/// The statement's closing line tells a learner to run watch on their own
/// exercise; in a copy, it says what to do there instead. One line for one
/// line, so predicted line numbers stay right.
fn point_at_the_interview(file: &Path) -> Result<()> {
    let Ok(text) = std::fs::read_to_string(file) else {
        return Ok(());
    };
    let mut changed = false;
    let lines: Vec<&str> = text
        .split_inclusive('\n')
        .map(|line| {
            if line.starts_with("//! Run `cargo run -p checker") {
                changed = true;
                "//! Interview copy: save this file and the interview screen judges it.\n"
            } else {
                line
            }
        })
        .collect();
    if changed {
        write_atomically(file, lines.concat().as_bytes())?;
    }
    Ok(())
}

/// A new package name; the library keeps the old one.
fn rename_package(manifest: &Path, name: &str) -> Result<()> {
    let text = std::fs::read_to_string(manifest)
        .with_context(|| format!("cannot read {}", manifest.display()))?;
    let mut document: toml_edit::DocumentMut = text
        .parse()
        .with_context(|| format!("cannot parse {}", manifest.display()))?;
    let old = document["package"]["name"]
        .as_str()
        .with_context(|| format!("{} has no package name", manifest.display()))?
        .replace('-', "_");
    let has_lib = manifest
        .parent()
        .is_some_and(|dir| dir.join("src/lib.rs").is_file());
    if has_lib
        && document
            .get("lib")
            .and_then(|lib| lib.get("name"))
            .is_none()
    {
        document["lib"]["name"] = toml_edit::value(old);
    }
    document["package"]["name"] = toml_edit::value(name);
    write_atomically(manifest, document.to_string().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_tells_the_learner_to_save_it_on_the_same_line() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let file = dir.path().join("lib.rs");
        let text = "//! # Task\n//!\n//! Run `cargo run -p checker watch` and save to check your work.\n\n// PREDICT: E____ line __\nfn f() {}\n";
        std::fs::write(&file, text).expect("write");
        point_at_the_interview(&file).expect("rewritten");
        let copy = std::fs::read_to_string(&file).expect("read");
        assert!(!copy.contains("cargo run -p checker watch"), "{copy}");
        assert!(copy.contains("Interview copy: save this file"), "{copy}");
        assert_eq!(
            copy.lines().count(),
            text.lines().count(),
            "line numbers kept"
        );
        assert_eq!(copy.lines().nth(4), Some("// PREDICT: E____ line __"));
    }
}
