//! README's table of topics, written from the catalogue by `dev seal` and
//! `dev new` (between `<!-- catalogue -->` and `<!-- /catalogue -->`), so
//! what README promises is what `info.toml` holds. A README without the
//! markers is left alone.

use std::fmt::Write;

use anyhow::{Context, Result};

use crate::catalogue::Catalogue;
use crate::workspace::Workspace;

const README: &str = "README.md";
const START: &str = "<!-- catalogue -->\n";
const END: &str = "<!-- /catalogue -->";

/// The table as README shows it.
pub fn table(catalogue: &Catalogue) -> String {
    let mut out = String::from("| topic | what it drills | exercises |\n| --- | --- | --- |\n");
    for topic in &catalogue.topics {
        let count = catalogue
            .exercises
            .iter()
            .filter(|exercise| exercise.topic == topic.dir)
            .count();
        let _ = writeln!(out, "| `{}` | {} | {count} |", topic.dir, topic.title);
    }
    let predict = catalogue.exercises.iter().filter(|e| e.predict).count();
    let _ = writeln!(
        out,
        "\n{} exercises, {predict} of them predict-the-error items.",
        catalogue.exercises.len()
    );
    out
}

/// README with its table replaced, if it has one to replace.
fn updated(readme: &str, catalogue: &Catalogue) -> Option<String> {
    let (before, rest) = readme.split_once(START)?;
    let (_, after) = rest.split_once(END)?;
    Some(format!("{before}{START}{}{END}{after}", table(catalogue)))
}

/// Whether README's table is out of date.
pub fn is_stale(workspace: &Workspace, catalogue: &Catalogue) -> bool {
    std::fs::read_to_string(workspace.root.join(README))
        .ok()
        .and_then(|readme| updated(&readme, catalogue).map(|new| new != readme))
        .unwrap_or(false)
}

/// Writes the table; true when README changed.
pub fn write(workspace: &Workspace, catalogue: &Catalogue) -> Result<bool> {
    let path = workspace.root.join(README);
    let Ok(readme) = std::fs::read_to_string(&path) else {
        return Ok(false);
    };
    match updated(&readme, catalogue) {
        Some(new) if new != readme => {
            crate::files::write_atomically(&path, new.as_bytes())
                .with_context(|| format!("cannot update {README}"))?;
            Ok(true)
        }
        _ => Ok(false),
    }
}
