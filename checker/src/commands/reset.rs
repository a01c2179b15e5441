//! `checker reset`: put an exercise's files back as shipped. The learner's
//! current files are backed up first; nothing is written without a yes.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::catalogue::Catalogue;
use crate::files::write_atomically;
use crate::seal::{Seal, blob_id};
use crate::workspace::Workspace;

pub fn run(workspace: &Workspace, name: &str, yes: bool) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let exercise = catalogue.find(name)?;
    let seal = Seal::load(workspace)?;
    let ids = seal.exercises.get(&exercise.id).with_context(|| {
        format!(
            "{} has no entry for `{}`",
            crate::seal::SEAL_FILE,
            exercise.id
        )
    })?;
    let dir = workspace.root.join(&exercise.dir);

    let changed: Vec<(&String, &String)> = ids
        .iter()
        .filter(|(path, id)| {
            std::fs::read(dir.join(path)).map_or(true, |bytes| blob_id(&bytes) != **id)
        })
        .collect();
    if changed.is_empty() {
        println!("{} is already as shipped; nothing to reset.", exercise.name);
        return Ok(0);
    }

    // Fetch every shipped file before touching anything.
    let mut shipped = Vec::new();
    for (path, id) in &changed {
        shipped.push((path.as_str(), shipped_contents(workspace, id, path)?));
    }

    let backup_dir = workspace
        .state_dir()
        .join("backups")
        .join(&exercise.id)
        .join(crate::progress::now().to_string());
    let shown_backup = workspace.relative(&backup_dir).display().to_string();
    let listing: Vec<String> = changed
        .iter()
        .map(|(path, _)| exercise.dir.join(path).display().to_string())
        .collect();
    if !yes
        && !confirm(&format!(
            "Reset {} to the shipped state? Your current versions go to {shown_backup}/ first.\n  {}\n[y/N] ",
            exercise.name,
            listing.join("\n  ")
        ))?
    {
        println!("Nothing changed.");
        return Ok(crate::EXIT_NOT_SOLVED);
    }

    let mut backed_up = Vec::new();
    for (path, _) in &changed {
        let current = dir.join(path);
        if current.is_file() {
            let target = backup_dir.join(path);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("cannot create {}", parent.display()))?;
            }
            std::fs::copy(&current, &target)
                .with_context(|| format!("cannot back up {}", current.display()))?;
            backed_up.push(PathBuf::from(path));
        }
    }
    for (path, contents) in shipped {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        write_atomically(&target, &contents)?;
        println!("restored {}", exercise.dir.join(path).display());
    }
    if !backed_up.is_empty() {
        println!("your previous files are in {shown_backup}/");
    }
    Ok(0)
}

/// The shipped contents of a file, taken out of git by its blob id.
fn shipped_contents(workspace: &Workspace, id: &str, path: &str) -> Result<Vec<u8>> {
    let output = Command::new("git")
        .args(["cat-file", "blob", id])
        .current_dir(&workspace.root)
        .output()
        .context("cannot run git, which reset needs to fetch the shipped files")?;
    if !output.status.success() || blob_id(&output.stdout) != id {
        bail!(
            "cannot find the shipped version of {path} (blob {id}) in this git clone; nothing was changed"
        );
    }
    Ok(output.stdout)
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
