//! `checker hint`, `notes` and `solution`: what the catalogue and the
//! reference files say about one exercise.

use crate::catalogue::Catalogue;
use crate::render::{self, Style, styled};
use crate::workspace::Workspace;
use anyhow::Result;

pub fn hint(workspace: &Workspace, name: &str) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let exercise = catalogue.find(name)?;
    crate::render::print(&render::hint(exercise));
    Ok(0)
}

pub fn notes(workspace: &Workspace, name: &str) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let exercise = catalogue.find(name)?;
    crate::render::print(&render::notes(exercise));
    Ok(0)
}

pub fn solution(workspace: &Workspace, name: &str, force: bool) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let exercise = catalogue.find(name)?;
    let progress = crate::progress::load(workspace)?;
    if !force && !progress.is_solved(&exercise.id) {
        eprintln!(
            "`{}` is not solved yet: solve it first (`{} verify {}`), or pass --force to look anyway.",
            exercise.name,
            crate::workspace::invocation(),
            exercise.name
        );
        return Ok(super::EXIT_NOT_SOLVED);
    }
    let mut lines = Vec::new();
    for (shown, text) in exercise.solution_files(workspace)? {
        lines.push(render::line(format!("// {shown}"), Style::BOLD));
        lines.extend(styled::lines(&text, Style::PLAIN));
        lines.push(Vec::new());
    }
    crate::render::print(&lines);
    Ok(0)
}
