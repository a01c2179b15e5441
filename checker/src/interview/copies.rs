//! Fresh copies of the interview's exercises, as shipped, in a git-ignored
//! directory of their own (`.checker/interviews/<id>/`). The directory is a
//! cargo workspace of its own; each copy's package is renamed (its library
//! keeps its name, so tests and cases compile unchanged) so nothing clashes
//! with the learner's workspace, while the main target directory is shared:
//! dependencies are not built again.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::catalogue::{Catalogue, Exercise};
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
        copy_shipped(source, seal, exercise, dir)?;
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
    write_manifest(source, dir)?;
    if let Ok(lock) = std::fs::read(source.root.join("Cargo.lock")) {
        write_atomically(&dir.join("Cargo.lock"), &lock)?;
    }
    let workspace = Workspace::with_target_dir(dir.to_path_buf(), source.target_dir.clone());
    let catalogue = Catalogue { topics, exercises };
    // The copies' own seal: their manifests differ from the shipped ones.
    let seal = Seal::compute(&workspace, &catalogue)?;
    Ok(Copies {
        workspace,
        catalogue,
        seal,
    })
}

/// Every shipped file of the exercise, from the learner's workspace while
/// unchanged, else from git: the learner's edits never leak in.
fn copy_shipped(source: &Workspace, seal: &Seal, exercise: &Exercise, dir: &Path) -> Result<()> {
    let ids = seal.exercises.get(&exercise.id).with_context(|| {
        format!(
            "{} has no entry for `{}`",
            crate::seal::SEAL_FILE,
            exercise.id
        )
    })?;
    let target = dir.join(&exercise.dir);
    for relative in ids.keys() {
        let file = PathBuf::from(relative);
        let bytes = seal.shipped_file(source, exercise, &file)?;
        let path = target.join(&file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        write_atomically(&path, &bytes)?;
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

/// The learner's workspace manifest, its members pointed at the copies.
fn write_manifest(source: &Workspace, dir: &Path) -> Result<()> {
    let path = source.root.join("Cargo.toml");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let mut manifest: toml_edit::DocumentMut = text
        .parse()
        .with_context(|| format!("cannot parse {}", path.display()))?;
    let mut members = toml_edit::Array::new();
    members.push("exercises/*/*");
    manifest["workspace"]["members"] = toml_edit::value(members);
    write_atomically(&dir.join("Cargo.toml"), manifest.to_string().as_bytes())
}
