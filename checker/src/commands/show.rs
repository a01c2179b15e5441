//! `checker hint`, `notes` and `solution`: what the catalogue and the
//! reference files say about one exercise.

use anyhow::Result;
use colored::Colorize;

use crate::catalogue::Catalogue;
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
    print!("{}", crate::render::notes(exercise));
    Ok(0)
}

pub fn solution(workspace: &Workspace, name: &str, force: bool) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let exercise = catalogue.find(name)?;
    let progress = crate::progress::load(workspace)?;
    if !force && !progress.is_solved(&exercise.id) {
        eprintln!(
            "`{}` is not solved yet: solve it first (`checker verify {}`), or pass --force to look anyway.",
            exercise.name, exercise.name
        );
        return Ok(super::EXIT_NOT_SOLVED);
    }
    for (shown, text) in exercise.solution_files(workspace)? {
        println!("{}", format!("// {shown}").bold());
        println!("{text}");
    }
    Ok(0)
}
