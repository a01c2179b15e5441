//! The seal: the git blob id of every shipped file of every exercise, kept in
//! `shipped.toml`. It tells when shipped tests were edited (no git needed),
//! and lets `reset` fetch the shipped content back out of git by id.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::catalogue::{Catalogue, Exercise};
use crate::files::write_atomically;
use crate::verdict::{FileChange, TamperedFile};
use crate::workspace::Workspace;

pub const SEAL_FILE: &str = "shipped.toml";

/// Relative path inside the exercise -> git blob id.
pub type FileIds = BTreeMap<String, String>;

#[derive(Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Seal {
    pub exercises: BTreeMap<String, FileIds>,
    /// The tests' support crate, path inside it -> blob id: part of every
    /// judge that uses it, so edited like a test it is noticed like one.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub support: FileIds,
    /// Where the support crate is in this workspace (its manifest says).
    #[serde(skip)]
    support_dir: Option<PathBuf>,
}

impl Seal {
    pub fn load(workspace: &Workspace) -> Result<Self> {
        let path = workspace.root.join(SEAL_FILE);
        let text = std::fs::read_to_string(&path).with_context(|| {
            format!(
                "cannot read {SEAL_FILE} (an instructor creates it with `{} dev seal`)",
                crate::workspace::invocation()
            )
        })?;
        let mut seal: Self = toml::from_str(&text).map_err(|error| {
            let offset = error.span().map_or(0, |span| span.start);
            crate::catalogue::LocatedError::at_offset(
                Path::new(SEAL_FILE),
                &text,
                offset,
                error.message().trim(),
            )
        })?;
        seal.support_dir = crate::manifest::support_dir(workspace);
        Ok(seal)
    }

    /// The seal of the exercises as they are on disk now.
    pub fn compute(workspace: &Workspace, catalogue: &Catalogue) -> Result<Self> {
        let mut exercises = BTreeMap::new();
        for exercise in &catalogue.exercises {
            exercises.insert(
                exercise.id.clone(),
                file_ids(&workspace.root.join(&exercise.dir))?,
            );
        }
        let support_dir = crate::manifest::support_dir(workspace);
        let support = match &support_dir {
            Some(dir) => file_ids(dir)?,
            None => FileIds::new(),
        };
        Ok(Self {
            exercises,
            support,
            support_dir,
        })
    }

    pub fn render(&self) -> Result<String> {
        let body = toml::to_string(self).context("cannot write the seal")?;
        Ok(format!(
            "# Git blob ids of every shipped exercise file. Written by the checker's `dev seal`;\n\
             # the checker uses it to notice edited tests and to restore files on reset.\n\n{body}"
        ))
    }

    /// Shipped files (other than the ones the learner edits) that were changed.
    pub fn tampered(&self, workspace: &Workspace, exercise: &Exercise) -> Vec<TamperedFile> {
        let Some(ids) = self.exercises.get(&exercise.id) else {
            return Vec::new();
        };
        let dir = workspace.root.join(&exercise.dir);
        let own = ids
            .iter()
            .filter(|(path, _)| !exercise.files.iter().any(|file| file == Path::new(path)))
            .filter_map(|(path, id)| {
                Some(TamperedFile {
                    path: PathBuf::from(path),
                    change: changed(&dir.join(path), id)?,
                    shared: false,
                })
            });
        let support = self.support_dir.iter().flat_map(|support_dir| {
            self.support.iter().filter_map(move |(path, id)| {
                let file = support_dir.join(path);
                Some(TamperedFile {
                    change: changed(&file, id)?,
                    path: workspace.relative(&file).to_path_buf(),
                    shared: true,
                })
            })
        });
        own.chain(support).collect()
    }
}

/// How the file at `path` differs from the blob `id`, if it does.
fn changed(path: &Path, id: &str) -> Option<FileChange> {
    match std::fs::read(path) {
        Err(_) => Some(FileChange::Deleted),
        Ok(bytes) if blob_id(&bytes) != id => Some(FileChange::Edited),
        Ok(_) => None,
    }
}

/// The shipped contents of a file, taken out of git by its blob id.
pub fn from_git(workspace: &Workspace, id: &str, path: &str) -> Result<Vec<u8>> {
    let output = std::process::Command::new("git")
        .args(["cat-file", "blob", id])
        .current_dir(&workspace.root)
        .output()
        .context("cannot run git, which is needed to fetch the shipped files")?;
    if !output.status.success() || blob_id(&output.stdout) != id {
        anyhow::bail!(
            "cannot find the shipped version of {path} (blob {id}) in this git clone; nothing was changed"
        );
    }
    Ok(output.stdout)
}

impl Seal {
    /// The sealed files of `exercise` and their blob ids.
    pub fn files_of(&self, exercise: &Exercise) -> Result<&FileIds> {
        self.exercises
            .get(&exercise.id)
            .with_context(|| format!("{SEAL_FILE} has no entry for `{}`", exercise.id))
    }

    /// The shipped contents of one file of `exercise`: the file itself while
    /// it is unchanged, else git's copy.
    pub fn shipped_file(
        &self,
        workspace: &Workspace,
        exercise: &Exercise,
        file: &Path,
    ) -> Result<Vec<u8>> {
        let relative = slash_path(file);
        let id = self.files_of(exercise)?.get(&relative).with_context(|| {
            format!(
                "{SEAL_FILE} has no entry for {relative} of `{}`",
                exercise.id
            )
        })?;
        let current = workspace.root.join(&exercise.dir).join(file);
        if let Ok(bytes) = std::fs::read(&current)
            && blob_id(&bytes) == *id
        {
            return Ok(bytes);
        }
        from_git(
            workspace,
            id,
            &exercise.dir.join(file).display().to_string(),
        )
    }

    /// Whether the files the learner edits are all as shipped.
    pub fn untouched(&self, workspace: &Workspace, exercise: &Exercise) -> bool {
        let dir = workspace.root.join(&exercise.dir);
        let blobs: Option<Vec<(PathBuf, String)>> = exercise
            .files
            .iter()
            .map(|file| {
                let bytes = std::fs::read(dir.join(file)).ok()?;
                Some((file.clone(), blob_id(&bytes)))
            })
            .collect();
        blobs.is_some_and(|blobs| self.is_shipped(exercise, &blobs))
    }

    /// Whether these blob ids of the learner's files are the sealed ones.
    pub fn is_shipped(&self, exercise: &Exercise, blobs: &[(PathBuf, String)]) -> bool {
        let Ok(ids) = self.files_of(exercise) else {
            return false;
        };
        blobs
            .iter()
            .all(|(file, id)| ids.get(&slash_path(file)) == Some(id))
    }

    /// Writes every shipped file of `exercise` below `to`: the learner's
    /// edits never leak into the copy.
    pub fn write_shipped(
        &self,
        workspace: &Workspace,
        exercise: &Exercise,
        to: &Path,
    ) -> Result<()> {
        for relative in self.files_of(exercise)?.keys() {
            let file = PathBuf::from(relative);
            let bytes = self.shipped_file(workspace, exercise, &file)?;
            let path = to.join(&file);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("cannot create {}", parent.display()))?;
            }
            crate::files::write_atomically(&path, &bytes)?;
        }
        Ok(())
    }
}

/// The files of one exercise that differ from the shipped state, with their
/// shipped contents already fetched: applying it cannot fail half-way for
/// want of a blob.
pub struct Restore {
    exercise_dir: PathBuf,
    shown_dir: PathBuf,
    backup_dir: PathBuf,
    shown_backup: String,
    shipped: Vec<(String, Vec<u8>)>,
}

impl Restore {
    /// None when every file is already as shipped.
    pub fn prepare(
        workspace: &Workspace,
        seal: &Seal,
        exercise: &Exercise,
    ) -> Result<Option<Self>> {
        let ids = seal.files_of(exercise)?;
        let dir = workspace.root.join(&exercise.dir);
        let mut shipped = Vec::new();
        for (path, id) in ids {
            let current = std::fs::read(dir.join(path));
            if current.is_ok_and(|bytes| blob_id(&bytes) == *id) {
                continue;
            }
            shipped.push((path.clone(), from_git(workspace, id, path)?));
        }
        if shipped.is_empty() {
            return Ok(None);
        }
        let backup_dir = workspace
            .state_dir()
            .join("backups")
            .join(&exercise.id)
            .join(crate::progress::now().to_string());
        Ok(Some(Self {
            exercise_dir: dir,
            shown_dir: exercise.dir.clone(),
            shown_backup: workspace.relative(&backup_dir).display().to_string(),
            backup_dir,
            shipped,
        }))
    }

    /// The files it restores, as paths relative to the workspace.
    pub fn listing(&self) -> Vec<String> {
        self.shipped
            .iter()
            .map(|(path, _)| self.shown_dir.join(path).display().to_string())
            .collect()
    }

    pub fn shown_backup_dir(&self) -> &str {
        &self.shown_backup
    }

    /// Backs up the current files, then writes the shipped ones. Returns
    /// where the backup went, if there was anything to back up.
    pub fn apply(self) -> Result<Option<String>> {
        let mut backed_up = false;
        for (path, _) in &self.shipped {
            let current = self.exercise_dir.join(path);
            if current.is_file() {
                let target = self.backup_dir.join(path);
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent)
                        .with_context(|| format!("cannot create {}", parent.display()))?;
                }
                std::fs::copy(&current, &target)
                    .with_context(|| format!("cannot back up {}", current.display()))?;
                backed_up = true;
            }
        }
        for (path, contents) in &self.shipped {
            let target = self.exercise_dir.join(path);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("cannot create {}", parent.display()))?;
            }
            write_atomically(&target, contents)?;
        }
        Ok(backed_up.then_some(self.shown_backup))
    }
}

/// An id of the learner's files from their blob ids (`(file, id)`, in the
/// exercise's order): the same files with the same contents give the same
/// id, on any machine and after any restart.
pub fn content_id(blobs: &[(PathBuf, String)]) -> String {
    let mut hasher = sha1_smol::Sha1::new();
    for (file, id) in blobs {
        hasher.update(slash_path(file).as_bytes());
        hasher.update(b"\0");
        hasher.update(id.as_bytes());
        hasher.update(b"\0");
    }
    hasher.digest().to_string()
}

/// Git's object id for a file with these contents.
pub fn blob_id(bytes: &[u8]) -> String {
    let mut hasher = sha1_smol::Sha1::new();
    hasher.update(format!("blob {}\0", bytes.len()).as_bytes());
    hasher.update(bytes);
    hasher.digest().to_string()
}

/// Blob ids of every file below `dir`, except build output and hidden files.
pub fn file_ids(dir: &Path) -> Result<FileIds> {
    let mut ids = FileIds::new();
    for path in files_below(dir)? {
        let bytes =
            std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let relative = path.strip_prefix(dir).unwrap_or(&path);
        ids.insert(slash_path(relative), blob_id(&bytes));
    }
    Ok(ids)
}

/// Every file below `dir`, sorted, skipping `target/` and hidden entries.
pub fn files_below(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries = std::fs::read_dir(&current)
            .with_context(|| format!("cannot list {}", current.display()))?;
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') || name == "target" {
                continue;
            }
            let kind = entry.file_type()?;
            if kind.is_dir() {
                pending.push(entry.path());
            } else if kind.is_file() {
                found.push(entry.path());
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Forward slashes on every platform, so the seal reads the same everywhere.
pub fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blob_id_matches_git() {
        // `printf 'hello\n' | git hash-object --stdin`
        assert_eq!(
            blob_id(b"hello\n"),
            "ce013625030ba8dba906f756967f9e9ca394464a"
        );
        // `git hash-object /dev/null`
        assert_eq!(blob_id(b""), "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
    }
}
