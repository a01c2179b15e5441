//! Watch mode's state and the decisions made on it: which exercise is
//! current, which check runs, which save is queued behind it, what the
//! screen shows. No terminal and no file system here.

use crate::catalogue::{Catalogue, Exercise};
use crate::progress::Progress;
use crate::verdict::Verdict;

/// What the body of the screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Panel {
    Verdict,
    Hint,
    /// Every key, from the key tables.
    Help,
    Solution(String),
    List(ListState),
    ConfirmReset,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListState {
    /// Index into the filtered rows.
    pub selected: usize,
    /// None shows every topic; Some(i) only `catalogue.topics[i]`.
    pub topic: Option<usize>,
}

/// A check in progress.
#[derive(Debug, Clone)]
pub struct Running {
    pub index: usize,
    /// The content hash when it started: a different hash afterwards means a
    /// save landed during the check.
    pub hash: u64,
    pub why: String,
}

/// A check to start, decided by the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckRequest {
    pub index: usize,
    pub why: String,
}

pub struct App<'c> {
    pub catalogue: &'c Catalogue,
    pub progress: Progress,
    pub current: usize,
    /// The latest verdict of each exercise and the content hash it judged.
    pub verdicts: Vec<Option<(Verdict, u64)>>,
    /// The content each exercise had when last looked at.
    pub hashes: Vec<u64>,
    pub running: Option<Running>,
    /// Checks wanted while another ran, one per exercise, oldest first.
    pub queued: Vec<CheckRequest>,
    pub panel: Panel,
    pub scroll: usize,
    /// How far the body can scroll, as last drawn.
    pub scroll_limit: std::cell::Cell<usize>,
    /// Rows of the list on one page, as last drawn.
    pub list_page: std::cell::Cell<usize>,
    /// What cargo compiles right now, during a first build.
    pub compiling: Option<String>,
    pub compiled_count: usize,
    /// The background build of the shared dependencies, while it runs.
    pub preparing: Option<String>,
    /// One line of feedback on the last key ("reset done", "solve it first").
    pub message: Option<String>,
    /// Show what started each check (`--why`).
    pub show_why: bool,
    pub last_why: Option<String>,
    pub polling: Option<String>,
    /// An interview's end: the screen counts down to it.
    pub deadline: Option<std::time::Instant>,
    /// Exercise paths are shown from here (an interview's copies live in a
    /// directory of their own); empty for the learner's own exercises.
    pub shown_from: std::path::PathBuf,
}

impl<'c> App<'c> {
    pub fn new(
        catalogue: &'c Catalogue,
        progress: Progress,
        current: usize,
        hashes: Vec<u64>,
    ) -> Self {
        Self {
            catalogue,
            progress,
            current,
            verdicts: vec![None; catalogue.exercises.len()],
            hashes,
            running: None,
            queued: Vec::new(),
            panel: Panel::Verdict,
            scroll: 0,
            scroll_limit: std::cell::Cell::new(0),
            list_page: std::cell::Cell::new(10),
            compiling: None,
            compiled_count: 0,
            preparing: None,
            message: None,
            show_why: false,
            last_why: None,
            polling: None,
            deadline: None,
            shown_from: std::path::PathBuf::new(),
        }
    }

    pub fn in_interview(&self) -> bool {
        self.deadline.is_some()
    }

    /// An interview whose time has run out.
    pub fn time_is_up(&self) -> bool {
        self.deadline
            .is_some_and(|deadline| std::time::Instant::now() >= deadline)
    }

    pub fn exercise(&self) -> &'c Exercise {
        &self.catalogue.exercises[self.current]
    }

    /// The verdict on screen for the current exercise, if any.
    pub fn verdict(&self) -> Option<&Verdict> {
        self.verdicts[self.current]
            .as_ref()
            .map(|(verdict, _)| verdict)
    }

    pub fn current_solved(&self) -> bool {
        self.verdict().is_some_and(Verdict::solved)
    }

    /// A check is wanted. Returns the request to start now, or queues it
    /// behind the running one (one per exercise: a check sees the newest
    /// content anyway).
    pub fn want_check(&mut self, index: usize, why: impl Into<String>) -> Option<CheckRequest> {
        let request = CheckRequest {
            index,
            why: why.into(),
        };
        if self.running.is_some() {
            self.queue(request);
            None
        } else {
            Some(request)
        }
    }

    fn queue(&mut self, request: CheckRequest) {
        match self.queued.iter_mut().find(|q| q.index == request.index) {
            Some(queued) => *queued = request,
            None => self.queued.push(request),
        }
    }

    /// The next queued check: the current exercise's first, then the oldest.
    fn next_queued(&mut self) -> Option<CheckRequest> {
        let position = self
            .queued
            .iter()
            .position(|q| q.index == self.current)
            .or((!self.queued.is_empty()).then_some(0))?;
        Some(self.queued.remove(position))
    }

    pub fn started(&mut self, request: &CheckRequest, hash: u64) {
        self.hashes[request.index] = hash;
        self.compiling = None;
        self.compiled_count = 0;
        if self.show_why {
            self.last_why = Some(request.why.clone());
        }
        self.running = Some(Running {
            index: request.index,
            hash,
            why: request.why.clone(),
        });
    }

    /// A check ended. `hash_now` is the exercise's content hash at this
    /// moment. Returns the next check to start, if the state wants one.
    pub fn finished(&mut self, verdict: Verdict, hash_now: u64) -> Option<CheckRequest> {
        let running = self.ended(hash_now)?;
        self.progress.record(&verdict);
        self.verdicts[running.index] = Some((verdict, running.hash));
        if running.index == self.current && self.panel == Panel::Verdict {
            self.scroll = 0;
        }
        self.next_queued()
    }

    /// A check could not run (the message says why). Returns the next check.
    pub fn failed(&mut self, message: String, hash_now: u64) -> Option<CheckRequest> {
        self.ended(hash_now)?;
        self.message = Some(format!("cannot check: {message}"));
        self.next_queued()
    }

    fn ended(&mut self, hash_now: u64) -> Option<Running> {
        let running = self.running.take()?;
        self.compiling = None;
        self.hashes[running.index] = hash_now;
        // A save that landed during the check, whatever became of its file
        // events, still gets a verdict: the content decides, not the events.
        if hash_now != running.hash {
            self.queue(CheckRequest {
                index: running.index,
                why: "the files changed during the check".into(),
            });
        }
        Some(running)
    }

    /// Saves settled: `changed` holds each exercise touched with its new
    /// content hash and why. Decides what to check.
    pub fn files_changed(&mut self, changed: Vec<(usize, u64, String)>) -> Option<CheckRequest> {
        let really: Vec<(usize, String)> = changed
            .into_iter()
            .filter_map(|(index, hash, why)| {
                let known = match &self.running {
                    Some(running) if running.index == index => running.hash,
                    _ => self.hashes[index],
                };
                self.hashes[index] = hash;
                (hash != known).then_some((index, why))
            })
            .collect();
        if let Some((_, why)) = really.iter().find(|(index, _)| *index == self.current) {
            let why = why.clone();
            return self.want_check(self.current, why);
        }
        // Editing another exercise's file switches to it; a bulk change (a
        // git checkout) touching several does not.
        match really.as_slice() {
            [(index, why)] => {
                let (index, why) = (*index, why.clone());
                self.go_to(index);
                self.want_check(index, why)
            }
            _ => None,
        }
    }

    /// Makes `index` current. The caller checks it unless its verdict is fresh.
    pub fn go_to(&mut self, index: usize) {
        self.current = index;
        self.panel = Panel::Verdict;
        self.scroll = 0;
        self.message = None;
        self.progress.current = Some(self.exercise().id.clone());
    }

    /// Whether the shown verdict of `index` judged its current content.
    pub fn verdict_is_fresh(&self, index: usize) -> bool {
        self.verdicts[index]
            .as_ref()
            .is_some_and(|(_, hash)| *hash == self.hashes[index])
    }

    /// The next exercise after the current one that is not solved, in
    /// catalogue order, wrapping around.
    pub fn next_unsolved(&self) -> Option<usize> {
        let count = self.catalogue.exercises.len();
        (1..count)
            .map(|step| (self.current + step) % count)
            .find(|&index| !self.progress.is_solved(&self.catalogue.exercises[index].id))
    }

    /// Rows of the list panel: indices of exercises under the topic filter.
    pub fn list_rows(&self, state: &ListState) -> Vec<usize> {
        let topic = state
            .topic
            .and_then(|index| self.catalogue.topics.get(index))
            .map(|topic| topic.dir.as_str());
        self.catalogue
            .exercises
            .iter()
            .enumerate()
            .filter(|(_, exercise)| topic.is_none_or(|dir| exercise.topic == dir))
            .map(|(index, _)| index)
            .collect()
    }

    /// Solved and total, overall.
    pub fn totals(&self) -> (usize, usize) {
        self.count(|_| true)
    }

    /// Solved and total in the current exercise's topic.
    pub fn topic_totals(&self) -> (usize, usize) {
        let topic = &self.exercise().topic;
        self.count(|exercise| exercise.topic == *topic)
    }

    fn count(&self, keep: impl Fn(&Exercise) -> bool) -> (usize, usize) {
        let chosen: Vec<&Exercise> = self
            .catalogue
            .exercises
            .iter()
            .filter(|exercise| keep(exercise))
            .collect();
        let solved = chosen
            .iter()
            .filter(|exercise| self.progress.is_solved(&exercise.id))
            .count();
        (solved, chosen.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{Difficulty, Family, Topic};
    use crate::verdict::{BuildStage, Status};

    fn catalogue() -> Catalogue {
        let exercise = |i: usize| Exercise::sample(&format!("e{i}"), "01_t", Difficulty::Junior);
        Catalogue {
            topics: vec![Topic {
                dir: "01_t".into(),
                title: "t".into(),
                family: Family::Ownership,
            }],
            exercises: (0..3).map(exercise).collect(),
        }
    }

    fn verdict(id: &str) -> Verdict {
        Verdict {
            id: id.into(),
            topic: "01_t".into(),
            status: Status::CompileError,
            tampered: Vec::new(),
            build: BuildStage::not_run(),
            rules: None,
            tests: None,
            cases: None,
            prediction: None,
            elapsed_ms: 1,
        }
    }

    /// Starts what the state asks for, as the loop does.
    fn start(app: &mut App, request: Option<CheckRequest>, hash: u64) -> usize {
        let request = request.expect("a check to start");
        app.started(&request, hash);
        request.index
    }

    #[test]
    fn a_save_during_a_check_then_a_switch_loses_neither() {
        let catalogue = catalogue();
        let mut app = App::new(&catalogue, Progress::default(), 0, vec![10, 20, 30]);
        let request = app.want_check(0, "saved");
        start(&mut app, request, 11);
        // Exercise 0 saved again during its check, then exercise 1 opened.
        assert_eq!(app.files_changed(vec![(0, 12, "saved".into())]), None);
        app.go_to(1);
        assert_eq!(app.want_check(1, "opened"), None);

        // The current exercise goes first, then the save of exercise 0.
        let next = app.finished(verdict("e0"), 12);
        assert_eq!(start(&mut app, next, 20), 1);
        let next = app.finished(verdict("e1"), 20);
        assert_eq!(start(&mut app, next, 12), 0);
        assert_eq!(app.finished(verdict("e0"), 12), None);
        assert!(app.verdict_is_fresh(0) && app.verdict_is_fresh(1));
    }

    #[test]
    fn content_changed_without_an_event_is_checked_again() {
        let catalogue = catalogue();
        let mut app = App::new(&catalogue, Progress::default(), 0, vec![10, 20, 30]);
        let request = app.want_check(0, "saved");
        start(&mut app, request, 11);
        let next = app.finished(verdict("e0"), 13);
        assert!(!app.verdict_is_fresh(0), "the verdict judged older content");
        assert_eq!(next.map(|r| r.index), Some(0));
    }

    #[test]
    fn a_check_that_could_not_run_still_honours_later_saves() {
        let catalogue = catalogue();
        let mut app = App::new(&catalogue, Progress::default(), 0, vec![10, 20, 30]);
        let request = app.want_check(0, "saved");
        start(&mut app, request, 11);
        let next = app.failed("cargo is missing".into(), 14);
        assert_eq!(next.map(|r| r.index), Some(0));
        assert!(
            app.message
                .as_deref()
                .is_some_and(|m| m.contains("cargo is missing"))
        );
        assert_eq!(app.hashes[0], 14);

        let request = app.want_check(0, "saved");
        start(&mut app, request, 14);
        assert_eq!(app.failed("again".into(), 14), None, "nothing changed");
    }
}
