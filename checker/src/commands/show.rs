//! `checker hint`, `notes` and `solution`: what the catalogue and the
//! reference files say about one exercise.

use anyhow::{Context, Result};
use colored::Colorize;

use crate::catalogue::{Catalogue, Exercise};
use crate::workspace::Workspace;

pub fn hint(workspace: &Workspace, name: &str) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let exercise = catalogue.find(name)?;
    println!("{} {}\n{}", "hint:".bold(), exercise.name, exercise.hint);
    Ok(0)
}

pub fn notes(workspace: &Workspace, name: &str) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let exercise = catalogue.find(name)?;
    print!("{}", render_notes(exercise));
    Ok(0)
}

/// The talk-through notes: follow-up questions with short model answers.
pub fn render_notes(exercise: &Exercise) -> String {
    let mut out = format!("{} {}\n", "Talk it through:".bold(), exercise.name);
    for note in &exercise.notes {
        out.push_str(&format!(
            "\nQ: {}\nA: {}\n",
            note.question.trim(),
            note.answer.trim()
        ));
    }
    out
}

pub fn solution(workspace: &Workspace, name: &str, force: bool) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let exercise = catalogue.find(name)?;
    let progress = super::load_progress(workspace)?;
    if !force && !progress.is_solved(&exercise.id) {
        eprintln!(
            "`{}` is not solved yet: solve it first (`checker verify {}`), or pass --force to look anyway.",
            exercise.name, exercise.name
        );
        return Ok(crate::EXIT_NOT_SOLVED);
    }
    for (shown, text) in solution_files(workspace, exercise)? {
        println!("{}", format!("// {shown}").bold());
        println!("{text}");
    }
    Ok(0)
}

/// The reference solution's files: each path as shown, and its text.
pub fn solution_files(workspace: &Workspace, exercise: &Exercise) -> Result<Vec<(String, String)>> {
    let dir = workspace.root.join(exercise.solution_dir());
    exercise
        .files
        .iter()
        .map(|file| {
            let path = dir.join(file);
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read the solution {}", path.display()))?;
            Ok((workspace.relative(&path).display().to_string(), text))
        })
        .collect()
}
