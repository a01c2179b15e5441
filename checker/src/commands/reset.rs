//! `checker reset`: put an exercise's files back as shipped. The learner's
//! current files are backed up first; nothing is written without a yes.

use std::io::{BufRead, IsTerminal, Write};

use anyhow::{Result, bail};

use crate::catalogue::Catalogue;
use crate::seal::{Restore, Seal};
use crate::workspace::Workspace;

pub fn run(workspace: &Workspace, name: &str, yes: bool) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let exercise = catalogue.find(name)?;
    let seal = Seal::load(workspace)?;
    let Some(restore) = Restore::prepare(workspace, &seal, exercise)? else {
        // As shipped it is not solved, whatever the progress file remembers.
        mark_unsolved(workspace, &exercise.id)?;
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
        return Ok(super::EXIT_NOT_SOLVED);
    }
    let listing = restore.listing();
    let backup = restore.apply()?;
    mark_unsolved(workspace, &exercise.id)?;
    for path in listing {
        println!("restored {path}");
    }
    if let Some(backup) = backup {
        println!("your previous files are in {backup}/");
    }
    Ok(0)
}

/// A reset exercise is unsolved again: `list`, watch and interviews agree.
fn mark_unsolved(workspace: &Workspace, id: &str) -> Result<()> {
    let mut progress = crate::progress::load(workspace)?;
    if progress.is_solved(id) {
        progress.mark_reset(id);
        progress.save(workspace)?;
    }
    Ok(())
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
