//! The interview's plan and report as text for a terminal.

use std::fmt::Write;

use super::plan::Plan;
use super::record::{Outcome, Report};
use crate::catalogue::Catalogue;
use crate::render::{Line, Style, line, span};

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

pub fn ending(ending: Outcome) -> &'static str {
    match ending {
        Outcome::AllSolved => "all solved",
        Outcome::TimeUp => "time up",
        Outcome::Stopped => "stopped early",
    }
}

fn clock(seconds: u64) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

pub fn report(report: &Report, catalogue: &Catalogue) -> Vec<Line> {
    let mut out = vec![vec![
        span("Interview report", Style::BOLD),
        span(
            format!(
                " {}, level {}, {} questions in {} minutes: {} after {}",
                report.started,
                report.level,
                report.questions.len(),
                report.minutes,
                ending(report.ending),
                clock(report.seconds)
            ),
            Style::PLAIN,
        ),
    ]];
    let families: Vec<String> = report
        .family_scores
        .iter()
        .map(|(family, score)| format!("{family} {score}"))
        .collect();
    out.push(vec![
        span("Score:", Style::BOLD),
        span(
            format!(" {}/100   ({})", report.score, families.join(" · ")),
            Style::PLAIN,
        ),
    ]);
    out.push(Vec::new());
    for question in &report.questions {
        let (mark, style) = if question.solved {
            ("✓", Style::GOOD)
        } else {
            ("✗", Style::BAD)
        };
        let mut what = match question.seconds_to_solve {
            Some(seconds) if question.solved => format!("solved at {}", clock(seconds)),
            _ if question.skipped => "skipped".to_string(),
            _ => "not solved".to_string(),
        };
        let checks = if question.attempts == 1 {
            "try"
        } else {
            "tries"
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
        out.push(vec![
            span("  ", Style::PLAIN),
            span(mark, style),
            span(
                format!(
                    " {:<28} {:<12} {what:<50} {:>3}",
                    question.name,
                    super::plan::Slot::of(question.family).to_string(),
                    question.points
                ),
                Style::PLAIN,
            ),
        ]);
    }
    if !report.weakest.is_empty() {
        out.push(Vec::new());
        out.push(line("Weakest topics, and what to do next:", Style::BOLD));
        for topic in &report.weakest {
            let next = if topic.next.is_empty() {
                "everything there is solved: redo the question from the interview".to_string()
            } else {
                topic.next.join(", ")
            };
            out.push(line(
                format!("  {} ({}): {next}", topic.topic, topic.title),
                Style::PLAIN,
            ));
        }
    }
    out.push(Vec::new());
    out.push(line(
        "Rehearse aloud: what the interviewer asks next",
        Style::BOLD,
    ));
    for question in &report.questions {
        let Some(exercise) = catalogue.by_id(&question.id) else {
            continue;
        };
        out.push(Vec::new());
        out.push(line(format!("  {}", exercise.name), Style::BOLD));
        for note in &exercise.notes {
            out.push(line(format!("  Q: {}", note.question.trim()), Style::PLAIN));
            for text in note.answer.trim().lines() {
                out.push(line(format!("     {text}"), Style::PLAIN));
            }
        }
    }
    out.push(Vec::new());
    out.extend(answers_beside_solutions(report));
    out
}

/// Each question's final answer beside its reference solution, as a diff
/// from the answer to the solution.
fn answers_beside_solutions(report: &Report) -> Vec<Line> {
    let mut out = vec![line(
        "Your answers beside the reference solutions (- yours, + the reference)",
        Style::BOLD,
    )];
    for question in &report.questions {
        // Both list the exercise's files in the catalogue's order.
        for (index, solution) in question.solution.iter().enumerate() {
            let answer = question.answer.get(index).map_or("", |a| a.text.as_str());
            out.push(Vec::new());
            out.push(line(
                format!("  {} ({})", question.name, solution.path),
                Style::BOLD,
            ));
            let diff = similar::TextDiff::from_lines(answer, solution.text.as_str());
            if diff.ratio() == 1.0 {
                out.push(line("    same as the reference solution", Style::GOOD));
                continue;
            }
            for hunk in diff.unified_diff().context_radius(2).iter_hunks() {
                out.push(line(format!("    {}", hunk.header()), Style::DIM));
                for change in hunk.iter_changes() {
                    let (sign, style) = match change.tag() {
                        similar::ChangeTag::Delete => ("-", Style::BAD),
                        similar::ChangeTag::Insert => ("+", Style::GOOD),
                        similar::ChangeTag::Equal => (" ", Style::PLAIN),
                    };
                    out.push(line(
                        format!("    {sign}{}", change.value().trim_end_matches('\n')),
                        style,
                    ));
                }
            }
        }
    }
    out.push(Vec::new());
    out
}
