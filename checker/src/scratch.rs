//! Scratch copies: a one-exercise workspace outside `exercises/`, so the
//! authoring check and the benchmark never touch the learner's files.

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::catalogue::Exercise;
use crate::files::{copy_creating_dirs, write_if_changed};
use crate::seal::{Seal, files_below};
use crate::variants::Variant;
use crate::workspace::Workspace;

/// Which state of the exercise the copy holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Shipped,
    Solution,
}

/// A scratch workspace with its own target directory, reused between
/// exercises and runs so dependencies build once per slot. It is held under
/// a lock for as long as it lives: two checkers running at once (two `dev
/// check`s, a `dev check` and watch) never share one.
pub struct Scratch {
    pub root: PathBuf,
    _lock: std::fs::File,
}

impl Scratch {
    /// The slot `name`, or, while another process holds it, the first free
    /// one of `name.2`, `name.3`, ...
    pub fn claim(source: &Workspace, name: &str) -> Result<Self> {
        let dir = source.generated_dir().join("scratch");
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create {}", dir.display()))?;
        for n in 1.. {
            let slot = if n == 1 {
                name.to_string()
            } else {
                format!("{name}.{n}")
            };
            let lock_path = dir.join(format!("{slot}.lock"));
            let lock = std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&lock_path)
                .with_context(|| format!("cannot open {}", lock_path.display()))?;
            if crate::platform::try_lock(&lock)
                .with_context(|| format!("cannot lock {}", lock_path.display()))?
            {
                return Ok(Self {
                    root: dir.join(slot),
                    _lock: lock,
                });
            }
        }
        unreachable!("the slots go on forever")
    }

    /// Writes a workspace holding only `exercise`, in the given state.
    pub fn prepare(
        &self,
        source: &Workspace,
        exercise: &Exercise,
        state: State,
    ) -> Result<Workspace> {
        let to = self.start(source, exercise)?;
        let from = source.root.join(&exercise.dir);
        for file in files_below(&from)? {
            let relative = file.strip_prefix(&from).unwrap_or(&file);
            copy_creating_dirs(&file, &to.join(relative))?;
        }
        if state == State::Solution {
            let solutions = source.root.join(exercise.solution_dir());
            for file in &exercise.files {
                copy_creating_dirs(&solutions.join(file), &to.join(file))?;
            }
        }
        Ok(self.workspace())
    }

    /// Writes a workspace holding `exercise` with the solution, then the
    /// variant's files over it.
    pub fn prepare_variant(
        &self,
        source: &Workspace,
        exercise: &Exercise,
        variant: &Variant,
    ) -> Result<Workspace> {
        let copy = self.prepare(source, exercise, State::Solution)?;
        let to = copy.root.join(&exercise.dir);
        for (relative, from) in &variant.files {
            copy_creating_dirs(from, &to.join(relative))?;
        }
        Ok(copy)
    }

    /// Writes a workspace holding only `exercise` as shipped, whatever the
    /// learner has done to it (from git where the files were changed).
    pub fn prepare_shipped(
        &self,
        source: &Workspace,
        seal: &Seal,
        exercise: &Exercise,
    ) -> Result<Workspace> {
        let to = self.start(source, exercise)?;
        seal.write_shipped(source, exercise, &to)?;
        Ok(self.workspace())
    }

    /// An empty copy of the workspace for `exercise`; returns its directory.
    fn start(&self, source: &Workspace, exercise: &Exercise) -> Result<PathBuf> {
        let member = crate::seal::slash_path(&exercise.dir);
        crate::manifest::write_workspace_copy(source, &self.root, &[member])?;
        let _ = std::fs::remove_dir_all(self.root.join("exercises"));
        Ok(self.root.join(&exercise.dir))
    }

    fn workspace(&self) -> Workspace {
        Workspace::with_target_dir(self.root.clone(), self.root.join("target"))
    }

    /// Gives the copy a catalogue and seal of its own, listing only
    /// `exercise`, so the checker's commands run on it as on a workspace.
    pub fn write_catalogue(&self, source: &Workspace, exercise: &Exercise) -> Result<()> {
        let path = source.catalogue_path();
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let mut catalogue: toml_edit::DocumentMut = text
            .parse()
            .with_context(|| format!("cannot parse {}", path.display()))?;
        let keep = |table: &toml_edit::Table, key: &str, value: &str| {
            table.get(key).and_then(|item| item.as_str()) == Some(value)
        };
        if let Some(exercises) = catalogue["exercises"].as_array_of_tables_mut() {
            exercises.retain(|table| keep(table, "id", &exercise.id));
        }
        if let Some(topics) = catalogue["topics"].as_array_of_tables_mut() {
            topics.retain(|table| keep(table, "dir", &exercise.topic));
        }
        write_if_changed(
            &self.root.join(crate::workspace::CATALOGUE_FILE),
            catalogue.to_string().as_bytes(),
        )?;
        let seal = source.root.join(crate::seal::SEAL_FILE);
        copy_creating_dirs(&seal, &self.root.join(crate::seal::SEAL_FILE))
    }
}
