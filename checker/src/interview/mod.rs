//! `checker interview`: a timed mock interview on fresh copies of shipped
//! exercises, chosen in the shape of a real Rust interview, judged on the
//! watch screen, and ending in a scored report.

mod copies;
mod plan;
mod record;
mod report;

use std::fmt::Write as _;
use std::io::IsTerminal as _;
use std::time::{Duration, Instant};

use anyhow::Result;

use crate::catalogue::{Catalogue, Difficulty, Exercise};
use crate::progress::Progress;
use crate::seal::Seal;
use crate::verdict::Verdict;
use crate::watch;
use crate::workspace::Workspace;
use record::{Outcome, Record, Report};

/// Interviews whose questions are not asked again soon.
const RECENT_INTERVIEWS: usize = 2;

pub struct Options {
    pub minutes: u32,
    pub questions: usize,
    pub level: Difficulty,
    pub seed: Option<u64>,
    pub dry_run: bool,
    pub json: bool,
    pub history: bool,
    /// Minutes each question should take, shown against the time on it.
    pub per_question: Option<u32>,
}

pub fn run(workspace: &Workspace, options: Options) -> Result<u8> {
    if options.history {
        return history(workspace, options.json);
    }
    if options.minutes == 0 {
        anyhow::bail!("--minutes must be at least 1");
    }
    let catalogue = Catalogue::load(workspace)?;
    let progress = crate::progress::load(workspace)?;
    let reports = record::history(workspace)?;
    let seed = options.seed.unwrap_or_else(seed_from_clock);
    // Exercises only opened, never edited, say nothing about the learner.
    let sealed = Seal::load(workspace);
    let edited = |exercise: &Exercise| {
        sealed
            .as_ref()
            .map_or(true, |seal| !seal.untouched(workspace, exercise))
    };
    let plan = plan::plan(
        &catalogue,
        &learner_history(&catalogue, &progress, &reports, edited),
        options.level,
        options.questions,
        options.minutes,
        seed,
    )?;
    if options.dry_run {
        if options.json {
            println!("{}", serde_json::to_string(&plan)?);
        } else {
            print!("{}", report::plan(&plan));
        }
        return Ok(0);
    }

    if !std::io::stdout().is_terminal() {
        anyhow::bail!(
            "an interview runs on a terminal; `{} interview --dry-run` prints the plan",
            crate::workspace::invocation()
        );
    }
    let seal = sealed?;
    let id = session_id(workspace);
    let dir = record::interviews_dir(workspace).join(&id);
    let ids: Vec<String> = plan.questions.iter().map(|q| q.id.clone()).collect();
    let copies = copies::make(workspace, &catalogue, &seal, &ids, &dir)?;
    // Where each question's files are in the copies, for the report.
    let answer_files: Vec<Vec<(String, std::path::PathBuf)>> = ids
        .iter()
        .map(|id| {
            copies.catalogue.by_id(id).map_or_else(Vec::new, |copy| {
                copy.files
                    .iter()
                    .map(|file| {
                        let path = copies.workspace.root.join(&copy.dir).join(file);
                        (workspace.relative(&path).display().to_string(), path)
                    })
                    .collect()
            })
        })
        .collect();
    let mut live = Live {
        deadline: Instant::now() + Duration::from_secs(u64::from(options.minutes) * 60),
        per_question: options
            .per_question
            .map(|minutes| Duration::from_secs(u64::from(minutes) * 60)),
        record: Record::new(id, plan),
    };
    let result = watch::run_interview(&copies.workspace, copies.catalogue, copies.seal, &mut live);
    let ended = match &result {
        Ok(watch::Ending::AllSolved) => Outcome::AllSolved,
        Ok(watch::Ending::TimeUp) => Outcome::TimeUp,
        Ok(watch::Ending::Quit | watch::Ending::Signal(_)) | Err(_) => Outcome::Stopped,
    };
    // Whatever ended it, what was done is kept.
    let mut report = live.record.finish(ended, &catalogue, &progress);
    for (question, files) in report.questions.iter_mut().zip(&answer_files) {
        question.answer = files
            .iter()
            .map(|(path, on_disk)| record::ShownFile {
                path: path.clone(),
                text: std::fs::read_to_string(on_disk).unwrap_or_default(),
            })
            .collect();
        question.solution = catalogue
            .by_id(&question.id)
            .and_then(|exercise| exercise.solution_files(workspace).ok())
            .unwrap_or_default()
            .into_iter()
            .map(|(path, text)| record::ShownFile { path, text })
            .collect();
    }
    let saved = record::save(workspace, &report)?;
    let code = result?.exit_code();
    if options.json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        crate::render::print(&report::report(&report, &catalogue));
        println!(
            "The report is saved in {}; `{} interview --history` lists them all.",
            workspace.relative(&saved).display(),
            crate::workspace::invocation()
        );
    }
    Ok(code)
}

/// The interview as watch sees it: a deadline, and a record of what happens.
struct Live {
    deadline: Instant,
    per_question: Option<Duration>,
    record: Record,
}

impl watch::Interview for Live {
    fn deadline(&self) -> Instant {
        self.deadline
    }

    fn per_question(&self) -> Option<Duration> {
        self.per_question
    }

    fn checked(&mut self, index: usize, verdict: &Verdict) {
        self.record.checked(index, verdict);
    }

    fn hint_shown(&mut self, index: usize) {
        self.record.hint_shown(index);
    }

    fn skipped(&mut self, index: usize) {
        self.record.skipped(index);
    }

    fn all_solved(&self) -> bool {
        self.record.all_solved()
    }
}

/// Weak topics from the learner's progress and past interviews, and the
/// questions of the last interviews.
fn learner_history(
    catalogue: &Catalogue,
    progress: &Progress,
    reports: &[Report],
    edited: impl Fn(&Exercise) -> bool,
) -> plan::History {
    let mut history = plan::History::default();
    for exercise in &catalogue.exercises {
        let Some(entry) = progress.exercises.get(&exercise.id) else {
            continue;
        };
        if entry.solved {
            history.solved.insert(exercise.id.clone());
        }
        // Tried and not solved weighs most; a hard-won solve counts too.
        let weakness = match entry.attempts_to_solve {
            Some(checks) => u32::from(checks > 3),
            _ if !entry.solved && edited(exercise) => 2,
            _ => 0,
        };
        *history.weakness.entry(exercise.topic.clone()).or_default() += weakness;
    }
    for report in reports {
        for question in report.questions.iter().filter(|q| !q.solved) {
            *history.weakness.entry(question.topic.clone()).or_default() += 2;
        }
    }
    for report in reports.iter().rev().take(RECENT_INTERVIEWS) {
        history
            .recent
            .extend(report.questions.iter().map(|q| q.id.clone()));
    }
    history
}

fn history(workspace: &Workspace, json: bool) -> Result<u8> {
    let reports = record::history(workspace)?;
    if json {
        println!("{}", serde_json::to_string(&reports)?);
        return Ok(0);
    }
    if reports.is_empty() {
        println!(
            "No interviews yet: `{} interview` starts one.",
            crate::workspace::invocation()
        );
        return Ok(0);
    }
    let mut out = format!(
        "{:<22} {:<7} {:>9} {:>8} {:>6}  ending\n",
        "started", "level", "questions", "solved", "score"
    );
    for report in &reports {
        let solved = report.questions.iter().filter(|q| q.solved).count();
        let _ = writeln!(
            out,
            "{:<22} {:<7} {:>9} {:>8} {:>6}  {}",
            report.started,
            report.level.to_string(),
            report.questions.len(),
            solved,
            report.score,
            report::ending(report.ending)
        );
    }
    print!("{out}");
    Ok(0)
}

fn seed_from_clock() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() ^ u64::from(d.subsec_nanos()))
}

/// A readable, unique directory name: the start time in UTC.
fn session_id(workspace: &Workspace) -> String {
    let stamp = humantime::format_rfc3339_seconds(std::time::SystemTime::now())
        .to_string()
        .replace(':', "-");
    let dir = record::interviews_dir(workspace);
    let mut id = stamp.clone();
    let mut n = 2;
    while dir.join(&id).exists() {
        id = format!("{stamp}-{n}");
        n += 1;
    }
    id
}
