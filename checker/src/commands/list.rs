//! `checker list`: every exercise with its status, progress per topic and overall.

use anyhow::Result;
use colored::Colorize;

use crate::catalogue::Catalogue;
use crate::workspace::Workspace;

pub fn run(workspace: &Workspace) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let progress = crate::progress::load(workspace)?;
    let current = progress.current_exercise(&catalogue).map(|e| e.id.clone());

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
        println!(
            "{} {} ({})  {}",
            topic.dir.bold(),
            topic.title,
            topic.family,
            bar(solved, exercises.len())
        );
        for exercise in exercises {
            let mark = if progress.is_solved(&exercise.id) {
                "done".green()
            } else {
                "todo".yellow()
            };
            let pointer = if current.as_deref() == Some(exercise.id.as_str()) {
                ">"
            } else {
                " "
            };
            println!(
                "  {pointer} [{mark}] {:<28} {:<7} {}",
                exercise.name,
                exercise.difficulty.to_string(),
                exercise.dir.display()
            );
        }
    }
    println!("overall {}", bar(solved_total, catalogue.exercises.len()));
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
