//! Scratch copies: a one-exercise workspace outside `exercises/`, so the
//! authoring check and the benchmark never touch the learner's files.

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::catalogue::Exercise;
use crate::files::{copy_creating_dirs, write_if_changed};
use crate::seal::files_below;
use crate::workspace::Workspace;

/// Which state of the exercise the copy holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Shipped,
    Solution,
}

/// A scratch workspace with its own target directory, reused between
/// exercises so dependencies build once per slot.
pub struct Slot {
    pub root: PathBuf,
}

impl Slot {
    pub fn new(source: &Workspace, name: &str) -> Self {
        Self {
            root: source.generated_dir().join("scratch").join(name),
        }
    }

    /// Writes a workspace holding only `exercise`, in the given state.
    pub fn prepare(
        &self,
        source: &Workspace,
        exercise: &Exercise,
        state: State,
    ) -> Result<Workspace> {
        std::fs::create_dir_all(&self.root)
            .with_context(|| format!("cannot create {}", self.root.display()))?;
        self.write_manifest(source, exercise)?;
        if let Ok(lock) = std::fs::read(source.root.join("Cargo.lock")) {
            write_if_changed(&self.root.join("Cargo.lock"), &lock)?;
        }

        let from = source.root.join(&exercise.dir);
        let to = self.root.join(&exercise.dir);
        let _ = std::fs::remove_dir_all(self.root.join("exercises"));
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
        Ok(Workspace::with_target_dir(
            self.root.clone(),
            self.root.join("target"),
        ))
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

    fn write_manifest(&self, source: &Workspace, exercise: &Exercise) -> Result<()> {
        let path = source.root.join("Cargo.toml");
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let mut manifest: toml_edit::DocumentMut = text
            .parse()
            .with_context(|| format!("cannot parse {}", path.display()))?;
        let mut members = toml_edit::Array::new();
        members.push(crate::seal::slash_path(&exercise.dir));
        manifest["workspace"]["members"] = toml_edit::value(members);
        write_if_changed(
            &self.root.join("Cargo.toml"),
            manifest.to_string().as_bytes(),
        )
    }
}
