//! Manifests of the packages and workspaces the checker generates (the case
//! batch, the shared-dependency build, scratch and interview copies): each
//! is a workspace of its own with the main workspace's dependency table,
//! profiles and lock file, so it reuses the artifacts already in the shared
//! target directory.

use std::path::Path;

use anyhow::{Context, Result};

use crate::files::write_if_changed;
use crate::workspace::Workspace;

pub fn read_toml(path: &Path) -> Result<toml::Table> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("cannot parse {}", path.display()))
}

/// The tests' support crate's directory: the `path` of `support` in the
/// workspace's dependency table (relative to the workspace, or absolute in
/// a copy); `None` in a workspace without one.
pub fn support_dir(workspace: &Workspace) -> Option<std::path::PathBuf> {
    let manifest = read_toml(&workspace.root.join("Cargo.toml")).ok()?;
    let path = manifest
        .get("workspace")?
        .get("dependencies")?
        .get(SUPPORT_CRATE)?
        .get("path")?
        .as_str()?;
    Some(workspace.root.join(path))
}

/// The name of the tests' support crate in the dependency table.
pub const SUPPORT_CRATE: &str = "support";

/// An exercise's dependencies and dev-dependencies, path dependencies made
/// absolute so they resolve from anywhere.
pub fn exercise_dependencies(exercise_dir: &Path) -> Result<toml::Table> {
    let manifest = read_toml(&exercise_dir.join("Cargo.toml"))?;
    let mut dependencies = toml::Table::new();
    for section in ["dependencies", "dev-dependencies"] {
        if let Some(toml::Value::Table(deps)) = manifest.get(section) {
            for (name, spec) in deps {
                dependencies.insert(name.clone(), absolute_paths(spec, exercise_dir));
            }
        }
    }
    Ok(dependencies)
}

fn absolute_paths(spec: &toml::Value, base: &Path) -> toml::Value {
    let mut spec = spec.clone();
    if let Some(toml::Value::String(path)) = spec.get_mut("path") {
        *path = base.join(&*path).to_string_lossy().into_owned();
    }
    spec
}

/// Writes `manifest` (its [package], dependencies and targets) into `dir`
/// as a workspace of its own, with the main workspace's dependency table,
/// profiles and lock file.
pub fn write_generated(workspace: &Workspace, dir: &Path, mut manifest: toml::Table) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let root_manifest = read_toml(&workspace.root.join("Cargo.toml"))?;
    let mut workspace_table = toml::Table::new();
    // Keeps `dep.workspace = true` lines working unchanged.
    if let Some(toml::Value::Table(deps)) = root_manifest
        .get("workspace")
        .and_then(|w| w.get("dependencies"))
    {
        let deps: toml::Table = deps
            .iter()
            .map(|(name, spec)| (name.clone(), absolute_paths(spec, &workspace.root)))
            .collect();
        workspace_table.insert("dependencies".into(), deps.into());
    }
    manifest.insert("workspace".into(), workspace_table.into());
    // Same profiles as the workspace, so shared dependencies are built once.
    if let Some(profile) = root_manifest.get("profile") {
        manifest.insert("profile".into(), profile.clone());
    }
    let text = toml::to_string(&manifest).context("cannot write a generated manifest")?;
    write_if_changed(&dir.join("Cargo.toml"), text.as_bytes())?;
    copy_lock_file(workspace, dir)
}

/// Writes the workspace's own manifest into `dir` with other `members`
/// (and its lock file): a copy of the workspace holding only those.
pub fn write_workspace_copy(workspace: &Workspace, dir: &Path, members: &[String]) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let path = workspace.root.join("Cargo.toml");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let mut manifest: toml_edit::DocumentMut = text
        .parse()
        .with_context(|| format!("cannot parse {}", path.display()))?;
    manifest["workspace"]["members"] =
        toml_edit::value(members.iter().collect::<toml_edit::Array>());
    // The workspace's own path dependencies (the tests' support crate) stay
    // where they are, found from the copy by an absolute path.
    if let Some(deps) = manifest["workspace"]["dependencies"].as_table_like_mut() {
        for (_, spec) in deps.iter_mut() {
            if let Some(path) = spec.get_mut("path")
                && let Some(relative) = path.as_str()
                && Path::new(relative).is_relative()
            {
                let absolute = workspace.root.join(relative);
                *path = toml_edit::value(absolute.to_string_lossy().into_owned());
            }
        }
    }
    write_if_changed(&dir.join("Cargo.toml"), manifest.to_string().as_bytes())?;
    copy_lock_file(workspace, dir)
}

/// The workspace's lock file keeps the same versions, and so the same artifacts.
fn copy_lock_file(workspace: &Workspace, dir: &Path) -> Result<()> {
    match std::fs::read(workspace.root.join("Cargo.lock")) {
        Ok(lock) => write_if_changed(&dir.join("Cargo.lock"), &lock),
        Err(_) => Ok(()),
    }
}
