//! The interview's plan and report as text for a terminal.

use std::fmt::Write;

use colored::Colorize;

use super::plan::Plan;
use super::record::{Ending, Report};
use crate::catalogue::Catalogue;

pub fn plan(plan: &Plan) -> String {
    let count = plan.questions.len();
    let mut out = format!(
        "Mock interview: {count} questions in {} minutes (about {} each), level {}, seed {}\n",
        plan.minutes,
        plan.minutes as usize / count.max(1),
        plan.level,
        plan.seed
    );
    for (number, question) in plan.questions.iter().enumerate() {
        let _ = writeln!(
            out,
            "  {}. {:<28} {:<10} {:<22} {}{}",
            number + 1,
            question.name,
            question.slot.to_string(),
            question.topic,
            question.difficulty,
            if question.substitute {
                " (stands in)"
            } else {
                ""
            }
        );
    }
    for warning in &plan.warnings {
        let _ = writeln!(out, "warning: {warning}");
    }
    let _ = writeln!(out, "The same plan again: --seed {}", plan.seed);
    out
}

pub fn ending(ending: Ending) -> &'static str {
    match ending {
        Ending::AllSolved => "all solved",
        Ending::TimeUp => "time up",
        Ending::Stopped => "stopped early",
    }
}

fn clock(seconds: u64) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

pub fn report(report: &Report, catalogue: &Catalogue) -> String {
    let mut out = format!(
        "{} {}, level {}, {} questions in {} minutes: {} after {}\n",
        "Interview report".bold(),
        report.started,
        report.level,
        report.questions.len(),
        report.minutes,
        ending(report.ending),
        clock(report.seconds)
    );
    let families: Vec<String> = report
        .family_scores
        .iter()
        .map(|(family, score)| format!("{family} {score}"))
        .collect();
    let _ = writeln!(
        out,
        "{} {}/100   ({})\n",
        "Score:".bold(),
        report.score,
        families.join(" · ")
    );
    for question in &report.questions {
        let mark = if question.solved {
            "✓".green()
        } else {
            "✗".red()
        };
        let mut what = match question.seconds_to_solve {
            Some(seconds) if question.solved => format!("solved at {}", clock(seconds)),
            _ if question.skipped => "skipped".to_string(),
            _ => "not solved".to_string(),
        };
        let checks = if question.attempts == 1 {
            "check"
        } else {
            "checks"
        };
        let _ = write!(what, ", {} {checks}", question.attempts);
        if question.hints > 0 {
            what.push_str(", hint opened");
        }
        match question.first_prediction_right {
            Some(true) => what.push_str(", predicted right first time"),
            Some(false) => what.push_str(", first prediction wrong"),
            None => {}
        }
        let _ = writeln!(
            out,
            "  {mark} {:<28} {:<12} {what:<50} {:>3}",
            question.name,
            question.family.to_string(),
            question.points
        );
    }
    if !report.weakest.is_empty() {
        let _ = writeln!(out, "\n{}", "Weakest topics, and what to do next:".bold());
        for topic in &report.weakest {
            let next = if topic.next.is_empty() {
                "everything there is solved: redo the question from the interview".to_string()
            } else {
                topic.next.join(", ")
            };
            let _ = writeln!(out, "  {} ({}): {next}", topic.topic, topic.title);
        }
    }
    let _ = writeln!(
        out,
        "\n{}",
        "Rehearse aloud: what the interviewer asks next".bold()
    );
    for question in &report.questions {
        let Some(exercise) = catalogue.by_id(&question.id) else {
            continue;
        };
        let _ = writeln!(out, "\n  {}", exercise.name.bold());
        for note in &exercise.notes {
            let _ = writeln!(out, "  Q: {}", note.question.trim());
            for line in note.answer.trim().lines() {
                let _ = writeln!(out, "     {line}");
            }
        }
    }
    out.push('\n');
    out
}
