//! What happened in an interview, question by question, and the report made
//! of it: scores by the README's rule, the weakest topics, and the notes to
//! rehearse. Reports are saved next to the copies and listed by `--history`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use super::plan::{Plan, Slot};
use crate::catalogue::{Catalogue, Difficulty, Family};
use crate::verdict::{PredictionState, Verdict};
use crate::workspace::Workspace;

/// Points a solved question loses when its hint was shown.
pub const HINT_PENALTY: u32 = 25;
/// Points a solved predict item loses when the first prediction was wrong.
pub const FIRST_PREDICTION_PENALTY: u32 = 25;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct QuestionRecord {
    pub id: String,
    pub name: String,
    pub topic: String,
    pub family: Family,
    pub slot: Slot,
    pub difficulty: Difficulty,
    pub solved: bool,
    /// From the start of the interview to the first solve.
    pub seconds_to_solve: Option<u64>,
    /// Tries: distinct contents of the copy judged, its shipped state aside.
    pub attempts: u32,
    /// Times the hint was opened.
    pub hints: u32,
    pub skipped: bool,
    /// Predict items: whether the first answer was right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_prediction_right: Option<bool>,
    pub points: u32,
    /// The learner's files as the interview ended.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answer: Vec<ShownFile>,
    /// The reference solution's files, which the report shows beside them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub solution: Vec<ShownFile>,
}

/// A file as the report shows it: its path and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownFile {
    pub path: String,
    pub text: String,
}

impl QuestionRecord {
    /// The README's rule: 100 for a solve, less 25 if the hint was opened and
    /// 25 if a predict item's first answer was wrong; 0 unsolved.
    pub fn score(&self) -> u32 {
        if !self.solved {
            return 0;
        }
        let mut points = 100;
        if self.hints > 0 {
            points -= HINT_PENALTY;
        }
        if self.first_prediction_right == Some(false) {
            points -= FIRST_PREDICTION_PENALTY;
        }
        points
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    AllSolved,
    TimeUp,
    Stopped,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub id: String,
    /// RFC 3339, UTC.
    pub started: String,
    pub level: Difficulty,
    pub minutes: u32,
    pub seed: u64,
    pub ending: Outcome,
    pub seconds: u64,
    pub questions: Vec<QuestionRecord>,
    /// Out of 100.
    pub score: u32,
    /// Out of 100, per family asked.
    pub family_scores: BTreeMap<String, u32>,
    /// Topics of unsolved questions, the most missed first, with exercises to do next.
    pub weakest: Vec<WeakTopic>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WeakTopic {
    pub topic: String,
    pub title: String,
    pub next: Vec<String>,
}

/// The live record of an interview in progress.
pub struct Record {
    pub id: String,
    pub started: String,
    started_at: Instant,
    pub plan: Plan,
    pub questions: Vec<QuestionRecord>,
    /// The content last judged, per question: the same content judged
    /// again is not another try.
    last_content: Vec<Option<String>>,
}

impl Record {
    pub fn new(id: String, plan: Plan) -> Self {
        let questions: Vec<QuestionRecord> = plan
            .questions
            .iter()
            .map(|question| QuestionRecord {
                id: question.id.clone(),
                name: question.name.clone(),
                topic: question.topic.clone(),
                family: question.family,
                slot: question.slot,
                difficulty: question.difficulty,
                solved: false,
                seconds_to_solve: None,
                attempts: 0,
                hints: 0,
                skipped: false,
                first_prediction_right: None,
                answer: Vec::new(),
                solution: Vec::new(),
                points: 0,
            })
            .collect();
        Self {
            id,
            started: humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string(),
            started_at: Instant::now(),
            last_content: vec![None; questions.len()],
            plan,
            questions,
        }
    }

    pub fn checked(&mut self, index: usize, verdict: &Verdict) {
        let elapsed = self.started_at.elapsed().as_secs();
        let Some(question) = self.questions.get_mut(index) else {
            return;
        };
        let last = &mut self.last_content[index];
        if last.as_deref() != Some(verdict.content.as_str()) {
            if !verdict.as_shipped {
                question.attempts += 1;
            }
            *last = Some(verdict.content.clone());
        }
        if question.first_prediction_right.is_none()
            && let Some(prediction) = &verdict.prediction
            && prediction.answer.is_some()
        {
            question.first_prediction_right = Some(prediction.state == PredictionState::Right);
        }
        if verdict.solved() && !question.solved {
            question.solved = true;
            question.seconds_to_solve = Some(elapsed);
        }
    }

    pub fn hint_shown(&mut self, index: usize) {
        if let Some(question) = self.questions.get_mut(index) {
            question.hints += 1;
        }
    }

    pub fn skipped(&mut self, index: usize) {
        if let Some(question) = self.questions.get_mut(index)
            && !question.solved
        {
            question.skipped = true;
        }
    }

    pub fn all_solved(&self) -> bool {
        self.questions.iter().all(|q| q.solved)
    }

    pub fn finish(
        mut self,
        ending: Outcome,
        catalogue: &Catalogue,
        progress: &crate::progress::Progress,
    ) -> Report {
        for question in &mut self.questions {
            question.points = question.score();
        }
        let score = mean(self.questions.iter().map(|q| q.points));
        let mut by_family: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        // Grouped as README's table of questions groups them.
        for question in &self.questions {
            by_family
                .entry(Slot::of(question.family).to_string())
                .or_default()
                .push(question.points);
        }
        let family_scores = by_family
            .into_iter()
            .map(|(family, points)| (family, mean(points.into_iter())))
            .collect();
        Report {
            id: self.id,
            started: self.started,
            level: self.plan.level,
            minutes: self.plan.minutes,
            seed: self.plan.seed,
            ending,
            seconds: self.started_at.elapsed().as_secs(),
            weakest: weakest(&self.questions, catalogue, progress),
            questions: self.questions,
            score,
            family_scores,
        }
    }
}

fn mean(points: impl Iterator<Item = u32>) -> u32 {
    let (sum, count) = points.fold((0u32, 0u32), |(sum, count), p| (sum + p, count + 1));
    // Rounded to the nearest point; no questions score 0.
    (sum + count / 2).checked_div(count).unwrap_or(0)
}

/// Topics of the questions not solved, the most missed first (then in the
/// order asked), each with up to three unsolved exercises of the learner's
/// own to do next.
fn weakest(
    questions: &[QuestionRecord],
    catalogue: &Catalogue,
    progress: &crate::progress::Progress,
) -> Vec<WeakTopic> {
    let mut topics: Vec<(&str, usize)> = Vec::new();
    for question in questions.iter().filter(|q| !q.solved) {
        match topics
            .iter_mut()
            .find(|(topic, _)| *topic == question.topic)
        {
            Some((_, missed)) => *missed += 1,
            None => topics.push((&question.topic, 1)),
        }
    }
    topics.sort_by_key(|(_, missed)| std::cmp::Reverse(*missed));
    topics
        .into_iter()
        .map(|(topic, _)| WeakTopic {
            topic: topic.to_string(),
            title: catalogue
                .topic(topic)
                .map_or_else(|| topic.to_string(), |t| t.title.clone()),
            next: catalogue
                .exercises
                .iter()
                .filter(|e| e.topic == topic && !progress.is_solved(&e.id))
                .take(3)
                .map(|e| e.name.clone())
                .collect(),
        })
        .collect()
}

/// `.checker/interviews/`: one directory per interview.
pub fn interviews_dir(workspace: &Workspace) -> PathBuf {
    workspace.state_dir().join("interviews")
}

const REPORT_FILE: &str = "report.json";

pub fn save(workspace: &Workspace, report: &Report) -> Result<PathBuf> {
    let path = interviews_dir(workspace).join(&report.id).join(REPORT_FILE);
    crate::files::write_atomically(&path, serde_json::to_string_pretty(report)?.as_bytes())?;
    Ok(path)
}

/// Past reports, oldest first. Unreadable ones are skipped with a warning.
pub fn history(workspace: &Workspace) -> Result<Vec<Report>> {
    let dir = interviews_dir(workspace);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(Vec::new());
    };
    let mut reports = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path().join(REPORT_FILE);
        if !path.is_file() {
            continue;
        }
        match read_report(&path) {
            Ok(report) => reports.push(report),
            Err(error) => eprintln!(
                "warning: {}: {error:#}",
                workspace.relative(&path).display()
            ),
        }
    }
    reports.sort_by(|a, b| a.started.cmp(&b.started).then(a.id.cmp(&b.id)));
    Ok(reports)
}

fn read_report(path: &Path) -> Result<Report> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("cannot parse {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(solved: bool, hints: u32, first_prediction_right: Option<bool>) -> QuestionRecord {
        QuestionRecord {
            id: "q".into(),
            name: "q".into(),
            topic: "t".into(),
            family: Family::Ownership,
            slot: Slot::Ownership,
            difficulty: Difficulty::Mid,
            solved,
            seconds_to_solve: None,
            attempts: 1,
            hints,
            skipped: false,
            first_prediction_right,
            points: 0,
            answer: Vec::new(),
            solution: Vec::new(),
        }
    }

    #[test]
    fn the_score_rule() {
        assert_eq!(question(true, 0, None).score(), 100);
        assert_eq!(
            question(true, 2, None).score(),
            75,
            "one penalty for the hint, however often opened"
        );
        assert_eq!(question(true, 0, Some(false)).score(), 75);
        assert_eq!(question(true, 1, Some(false)).score(), 50);
        assert_eq!(question(true, 0, Some(true)).score(), 100);
        assert_eq!(question(false, 0, None).score(), 0);
        assert_eq!(mean([100, 75, 0].into_iter()), 58);
        assert_eq!(mean(std::iter::empty()), 0);
    }
}
