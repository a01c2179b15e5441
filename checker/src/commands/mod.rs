//! One module per command.

pub mod dev;
pub mod list;
pub mod reset;
pub mod show;
pub mod verify;

use anyhow::Result;

use crate::catalogue::Catalogue;
use crate::progress::Progress;
use crate::workspace::Workspace;

/// Loads the progress store, telling the learner if a corrupt one was set aside.
pub fn load_progress(workspace: &Workspace) -> Result<Progress> {
    let loaded = Progress::load(workspace)?;
    if let Some(warning) = loaded.warning {
        eprintln!("warning: {warning}");
    }
    Ok(loaded.progress)
}

/// The exercise to work on: the recorded current one, else the first unsolved.
pub fn current_exercise<'c>(
    catalogue: &'c Catalogue,
    progress: &Progress,
) -> Option<&'c crate::catalogue::Exercise> {
    progress
        .current
        .as_deref()
        .and_then(|id| catalogue.by_id(id))
        .or_else(|| first_unsolved(catalogue, progress))
}

pub fn first_unsolved<'c>(
    catalogue: &'c Catalogue,
    progress: &Progress,
) -> Option<&'c crate::catalogue::Exercise> {
    catalogue
        .exercises
        .iter()
        .find(|exercise| !progress.is_solved(&exercise.id))
}

/// Whether colour is wanted on stdout (a terminal, and NO_COLOR unset).
pub fn color_on_stdout() -> bool {
    colored::control::SHOULD_COLORIZE.should_colorize()
}
