//! `checker reset`: put an exercise's files back as shipped. The learner's
//! current files are backed up first; nothing is written without a yes.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Context, Result, bail};

use crate::catalogue::{Catalogue, Exercise};
use crate::files::write_atomically;
use crate::seal::{Seal, blob_id};
use crate::workspace::Workspace;

pub fn run(workspace: &Workspace, name: &str, yes: bool) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let exercise = catalogue.find(name)?;
    let seal = Seal::load(workspace)?;
    let Some(restore) = Restore::prepare(workspace, &seal, exercise)? else {
        println!("{} is already as shipped; nothing to reset.", exercise.name);
        return Ok(0);
    };
    if !yes
        && !confirm(&format!(
            "Reset {} to the shipped state? Your current versions go to {}/ first.\n  {}\n[y/N] ",
            exercise.name,
            restore.shown_backup_dir(),
            restore.listing().join("\n  ")
        ))?
    {
        println!("Nothing changed.");
        return Ok(crate::EXIT_NOT_SOLVED);
    }
    let listing = restore.listing();
    let backup = restore.apply()?;
    for path in listing {
        println!("restored {path}");
    }
    if let Some(backup) = backup {
        println!("your previous files are in {backup}/");
    }
    Ok(0)
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
            shipped.push((path.clone(), crate::seal::from_git(workspace, id, path)?));
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

fn confirm(question: &str) -> Result<bool> {
    if !std::io::stdin().is_terminal() {
        bail!("reset asks before it changes files; pass --yes to reset without a terminal");
    }
    print!("{question}");
    std::io::stdout().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes"))
}
