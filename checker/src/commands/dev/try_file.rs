//! `checker dev try NAME [FILE...]`: judge files as if a learner had written
//! them, on a scratch copy of the shipped exercise, so neither the exercise
//! nor the author's working tree changes. With no file, the solution is
//! tried. This is how a red-team reader or an author judges a candidate
//! learner file without touching the exercise.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::catalogue::{Catalogue, Exercise};
use crate::judge::Judge;
use crate::scratch::Scratch;
use crate::seal::Seal;
use crate::workspace::Workspace;

pub fn run(workspace: &Workspace, name: &str, files: &[PathBuf], json: bool) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let seal = Seal::load(workspace)?;
    let exercise = catalogue.find(name)?;
    let placed = placements(workspace, exercise, files)?;
    // Read before the slot is claimed: a missing file fails at once.
    let contents = placed
        .iter()
        .map(|(from, to)| {
            std::fs::read(from)
                .with_context(|| format!("cannot read {}", from.display()))
                .map(|bytes| (to.clone(), bytes))
        })
        .collect::<Result<Vec<_>>>()?;

    let slot = Scratch::claim(workspace, "try")?;
    let copy = slot.prepare_shipped(workspace, &seal, exercise)?;
    let dir = copy.root.join(&exercise.dir);
    for (relative, bytes) in &contents {
        crate::files::write_if_changed(&dir.join(relative), bytes)?;
    }
    let verdict = Judge::quiet(&copy, &seal).judge(exercise)?;
    if json {
        println!("{}", serde_json::to_string(&verdict)?);
    } else {
        let lines = crate::render::verdict(exercise, &verdict, &copy.root);
        crate::render::print(&lines);
    }
    Ok(if verdict.solved() {
        0
    } else {
        super::super::EXIT_NOT_SOLVED
    })
}

/// Which file goes over which of the learner's files: the solution's by
/// default; a given file over the learner's file of the same name, or over
/// the only one.
fn placements(
    workspace: &Workspace,
    exercise: &Exercise,
    files: &[PathBuf],
) -> Result<Vec<(PathBuf, PathBuf)>> {
    if files.is_empty() {
        let solutions = workspace.root.join(exercise.solution_dir());
        return Ok(exercise
            .files
            .iter()
            .map(|file| (solutions.join(file), file.clone()))
            .collect());
    }
    files
        .iter()
        .map(|file| Ok((file.clone(), learner_file_for(exercise, file)?)))
        .collect()
}

fn learner_file_for(exercise: &Exercise, file: &Path) -> Result<PathBuf> {
    if let [only] = exercise.files.as_slice() {
        return Ok(only.clone());
    }
    let matching: Vec<&PathBuf> = exercise
        .files
        .iter()
        .filter(|learner| learner.file_name() == file.file_name())
        .collect();
    match matching.as_slice() {
        [one] => Ok((*one).clone()),
        _ => bail!(
            "{}: {} has {} files to edit ({}); name the file after the one it replaces",
            file.display(),
            exercise.id,
            exercise.files.len(),
            exercise
                .files
                .iter()
                .map(|f| f.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}
