//! `checker list`: every exercise with its status, progress per topic and overall.

use anyhow::Result;

use crate::catalogue::Catalogue;
use crate::render::{Style, span};
use crate::workspace::Workspace;

pub fn run(workspace: &Workspace) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let progress = crate::progress::load(workspace)?;
    let current = progress.current_exercise(&catalogue).map(|e| e.id.clone());

    let mut lines = Vec::new();
    let mut solved_total = 0;
    for topic in &catalogue.topics {
        let exercises: Vec<_> = catalogue
            .exercises
            .iter()
            .filter(|exercise| exercise.topic == topic.dir)
            .collect();
        let solved = exercises
            .iter()
            .filter(|exercise| progress.is_solved(&exercise.id))
            .count();
        solved_total += solved;
        lines.push(vec![
            span(topic.dir.clone(), Style::BOLD),
            span(
                format!(
                    " {} ({})  {}",
                    topic.title,
                    topic.family,
                    bar(solved, exercises.len())
                ),
                Style::PLAIN,
            ),
        ]);
        for exercise in exercises {
            let (mark, style) = if progress.is_solved(&exercise.id) {
                ("done", Style::GOOD)
            } else {
                ("todo", Style::WARN)
            };
            let pointer = if current.as_deref() == Some(exercise.id.as_str()) {
                ">"
            } else {
                " "
            };
            lines.push(vec![
                span(format!("  {pointer} ["), Style::PLAIN),
                span(mark, style),
                span(
                    format!(
                        "] {:<28} {:<7} {}",
                        exercise.name,
                        exercise.difficulty.to_string(),
                        exercise.dir.display()
                    ),
                    Style::PLAIN,
                ),
            ]);
        }
    }
    lines.push(vec![span(
        format!("overall {}", bar(solved_total, catalogue.exercises.len())),
        Style::PLAIN,
    )]);
    crate::render::print(&lines);
    Ok(0)
}

/// `[#####-----] 5/10`
pub fn bar(done: usize, total: usize) -> String {
    const WIDTH: usize = 20;
    let filled = (done * WIDTH).checked_div(total).unwrap_or(0);
    format!(
        "[{}{}] {done}/{total}",
        "#".repeat(filled),
        "-".repeat(WIDTH - filled)
    )
}
