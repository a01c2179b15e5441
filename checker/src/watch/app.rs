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

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListState {
    /// Index into the filtered rows.
    pub selected: usize,
    /// None shows every topic; Some(i) only `catalogue.topics[i]`.
    pub topic: Option<usize>,
    /// None shows every kind of item; Some only that kind.
    pub kind: Option<Kind>,
}

/// What an item asks besides code that passes its tests, as the list marks
/// and filters it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Predict rustc's error before fixing it.
    Predict,
    /// Rules forbid some shortcuts.
    Rules,
    /// Misuse of the learner's API must not compile.
    MustFail,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Predict, Kind::Rules, Kind::MustFail];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Predict => "predict",
            Kind::Rules => "rules",
            Kind::MustFail => "must-fail",
        }
    }
}

/// A check in progress.
#[derive(Debug, Clone)]
pub struct Running {
    /// Its number: a result that comes back under another number belongs
    /// to a check that was cancelled, and is dropped.
    pub generation: u64,
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
    /// The running check this one replaces: the loop cancels it.
    pub supersedes: Option<u64>,
}

/// A verdict with what it judged and why that check ran.
#[derive(Debug, Clone)]
pub struct Judged {
    pub verdict: Verdict,
    /// The content hash it judged.
    pub hash: u64,
    pub why: String,
}

pub struct App<'c> {
    pub catalogue: &'c Catalogue,
    pub progress: Progress,
    pub current: usize,
    /// The latest verdict of each exercise.
    pub verdicts: Vec<Option<Judged>>,
    /// The content each exercise had when last looked at.
    pub hashes: Vec<u64>,
    pub running: Option<Running>,
    /// Numbers checks as they start.
    pub generations: u64,
    /// Checks wanted while another ran, one per exercise, oldest first.
    pub queued: Vec<CheckRequest>,
    pub panel: Panel,
    pub scroll: usize,
    /// How far the body can scroll, as last drawn.
    pub scroll_limit: std::cell::Cell<usize>,
    /// Rows of the list on one page, as last drawn.
    pub list_page: std::cell::Cell<usize>,
    /// An interview: when the current question was opened, and how long
    /// each should take if the learner set a pace.
    pub question_since: Option<std::time::Instant>,
    pub per_question: Option<std::time::Duration>,
    /// Which exercises have must-fail cases (`tests/fail/`), by index.
    pub must_fail: Vec<bool>,
    /// The window was too small to show anything but its size, as last
    /// drawn: no key but quit acts on what the learner cannot see.
    pub too_small: std::cell::Cell<bool>,
    /// What cargo compiles right now, during a first build.
    pub compiling: Option<String>,
    /// What the running check does once its build is done.
    pub stage: Option<crate::judge::Stage>,
    pub compiled_count: usize,
    /// The background build of the shared dependencies, while it runs.
    pub preparing: Option<String>,
    /// One line of feedback on the last key ("reset done", "solve it first").
    pub message: Option<String>,
    /// The message came from an action whose own verdict is still to come
    /// (a reset): it stays with that verdict and goes with the next.
    pub message_outlives_a_verdict: bool,
    /// Show what started each check (`--why`).
    pub show_why: bool,
    pub polling: Option<String>,
    /// An interview's end: the screen counts down to it.
    pub deadline: Option<std::time::Instant>,
    /// The workspace's root as seen from where the learner started (see
    /// `Workspace::shown_root`): every path on screen starts here.
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
            generations: 0,
            queued: Vec::new(),
            panel: Panel::Verdict,
            scroll: 0,
            scroll_limit: std::cell::Cell::new(0),
            too_small: std::cell::Cell::new(false),
            must_fail: Vec::new(),
            question_since: None,
            per_question: None,
            list_page: std::cell::Cell::new(10),
            compiling: None,
            stage: None,
            compiled_count: 0,
            preparing: None,
            message: None,
            message_outlives_a_verdict: false,
            show_why: false,
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
        self.judged().map(|judged| &judged.verdict)
    }

    /// The current exercise's latest verdict, with what it judged and why.
    pub fn judged(&self) -> Option<&Judged> {
        self.verdicts[self.current].as_ref()
    }

    /// Why the check behind what the screen shows ran: the running check of
    /// the current exercise, else its verdict's.
    pub fn why_on_screen(&self) -> Option<String> {
        match &self.running {
            Some(running) if running.index == self.current => {
                Some(format!("checking because: {}", running.why))
            }
            _ => self
                .judged()
                .map(|judged| format!("checked because: {}", judged.why)),
        }
    }

    pub fn current_solved(&self) -> bool {
        self.verdict().is_some_and(Verdict::solved)
    }

    /// A check is wanted. Returns the request to start now, or queues it
    /// behind the running one (one per exercise: a check sees the newest
    /// content anyway). A check of the exercise on screen never waits: it
    /// replaces the running check, which is cancelled (and, if it was of
    /// another exercise, asked for again after).
    pub fn want_check(&mut self, index: usize, why: impl Into<String>) -> Option<CheckRequest> {
        let mut request = CheckRequest {
            index,
            why: why.into(),
            supersedes: None,
        };
        let Some(running) = &self.running else {
            return Some(request);
        };
        if index != self.current {
            self.queue(request);
            return None;
        }
        request.supersedes = Some(running.generation);
        if running.index != index {
            let again = CheckRequest {
                index: running.index,
                why: running.why.clone(),
                supersedes: None,
            };
            self.queue(again);
        }
        Some(request)
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

    /// The check asked for starts, on content with this hash. Returns its
    /// number.
    pub fn started(&mut self, request: &CheckRequest, hash: u64) -> u64 {
        self.hashes[request.index] = hash;
        self.compiling = None;
        self.stage = None;
        self.compiled_count = 0;
        self.generations += 1;
        self.running = Some(Running {
            generation: self.generations,
            index: request.index,
            hash,
            why: request.why.clone(),
        });
        self.generations
    }

    /// Whether `generation` is the check running now: the result of any
    /// other was cancelled and means nothing.
    pub fn is_running(&self, generation: u64) -> bool {
        self.running
            .as_ref()
            .is_some_and(|running| running.generation == generation)
    }

    /// A check ended. `hash_now` is the exercise's content hash at this
    /// moment. Returns the next check to start, if the state wants one.
    pub fn finished(
        &mut self,
        generation: u64,
        verdict: Verdict,
        hash_now: u64,
    ) -> Option<CheckRequest> {
        let running = self.ended(generation, hash_now)?;
        self.progress.record(&verdict);
        self.verdicts[running.index] = Some(Judged {
            verdict,
            hash: running.hash,
            why: running.why,
        });
        if running.index == self.current {
            // A new verdict is never hidden behind what was open before it.
            if matches!(self.panel, Panel::Hint | Panel::Help | Panel::Solution(_)) {
                self.panel = Panel::Verdict;
            }
            if self.panel == Panel::Verdict {
                self.scroll = 0;
            }
            // A message belongs to what made it: an action's outlives the
            // verdict that action caused, no other does.
            if self.message_outlives_a_verdict {
                self.message_outlives_a_verdict = false;
            } else {
                self.message = None;
            }
        }
        self.next_queued()
    }

    /// A check could not run (the message says why). Returns the next check.
    pub fn failed(
        &mut self,
        generation: u64,
        message: String,
        hash_now: u64,
    ) -> Option<CheckRequest> {
        self.ended(generation, hash_now)?;
        self.message = Some(format!("cannot check: {message}"));
        self.next_queued()
    }

    fn ended(&mut self, generation: u64, hash_now: u64) -> Option<Running> {
        if !self.is_running(generation) {
            return None;
        }
        let running = self.running.take()?;
        self.compiling = None;
        self.stage = None;
        self.hashes[running.index] = hash_now;
        // A save that landed during the check, whatever became of its file
        // events, still gets a verdict: the content decides, not the events.
        if hash_now != running.hash {
            self.queue(CheckRequest {
                index: running.index,
                why: "the files changed during the check".into(),
                supersedes: None,
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
        if index != self.current && self.question_since.is_some() {
            self.question_since = Some(std::time::Instant::now());
        }
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
            .is_some_and(|judged| judged.hash == self.hashes[index])
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
            .filter(|(index, _)| {
                state
                    .kind
                    .is_none_or(|kind| self.kinds(*index).contains(&kind))
            })
            .map(|(index, _)| index)
            .collect()
    }

    /// The kinds of the exercise at `index`.
    pub fn kinds(&self, index: usize) -> Vec<Kind> {
        let exercise = &self.catalogue.exercises[index];
        Kind::ALL
            .into_iter()
            .filter(|kind| match kind {
                Kind::Predict => exercise.predict,
                Kind::Rules => !exercise.own_rules.is_empty(),
                Kind::MustFail => self.must_fail.get(index).copied().unwrap_or(false),
            })
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
            content: String::new(),
            as_shipped: false,
            tampered: Vec::new(),
            build: BuildStage::not_run(),
            rules: None,
            changed: Vec::new(),
            tests: None,
            cases: None,
            prediction: None,
            elapsed_ms: 1,
        }
    }

    /// Starts what the state asks for, as the loop does: its exercise and number.
    fn start(app: &mut App, request: Option<CheckRequest>, hash: u64) -> (usize, u64) {
        let request = request.expect("a check to start");
        let generation = app.started(&request, hash);
        (request.index, generation)
    }

    #[test]
    fn a_save_during_a_check_replaces_it_and_a_switch_loses_nothing() {
        let catalogue = catalogue();
        let mut app = App::new(&catalogue, Progress::default(), 0, vec![10, 20, 30]);
        let request = app.want_check(0, "saved");
        let (_, first) = start(&mut app, request, 11);

        // Exercise 0 saved again during its check: the new content starts
        // at once, and the old check is to be cancelled.
        let request = app.files_changed(vec![(0, 12, "saved".into())]);
        assert_eq!(request.as_ref().and_then(|r| r.supersedes), Some(first));
        let (_, second) = start(&mut app, request, 12);
        // The cancelled check's result comes back: it is dropped.
        assert_eq!(app.finished(first, verdict("e0"), 12), None);
        assert!(
            app.verdicts[0].is_none(),
            "a cancelled check's verdict is never shown"
        );

        // Opening exercise 1 replaces the check of 0, which is asked again.
        app.go_to(1);
        let request = app.want_check(1, "opened");
        assert_eq!(request.as_ref().and_then(|r| r.supersedes), Some(second));
        let (index, third) = start(&mut app, request, 20);
        assert_eq!(index, 1);
        assert_eq!(app.finished(second, verdict("e0"), 12), None);
        let next = app.finished(third, verdict("e1"), 20);
        let (index, fourth) = start(&mut app, next, 12);
        assert_eq!(index, 0, "the replaced check of 0 runs after");
        assert_eq!(app.finished(fourth, verdict("e0"), 12), None);
        assert!(app.verdict_is_fresh(0) && app.verdict_is_fresh(1));
    }

    #[test]
    fn a_save_of_an_exercise_off_screen_waits_its_turn() {
        let catalogue = catalogue();
        let mut app = App::new(&catalogue, Progress::default(), 0, vec![10, 20, 30]);
        let request = app.want_check(0, "saved");
        let (_, first) = start(&mut app, request, 11);
        // A bulk change (two exercises, neither on screen) switches nothing.
        let request = app.files_changed(vec![(1, 21, "saved".into()), (2, 31, "saved".into())]);
        assert_eq!(request, None);
        assert_eq!(
            app.want_check(2, "asked"),
            None,
            "queued behind the check on screen"
        );
        let next = app.finished(first, verdict("e0"), 11);
        assert_eq!(next.map(|r| (r.index, r.supersedes)), Some((2, None)));
    }

    #[test]
    fn a_new_verdict_closes_what_hid_it_and_takes_old_messages_with_it() {
        let catalogue = catalogue();
        let mut app = App::new(&catalogue, Progress::default(), 0, vec![10, 20, 30]);
        app.panel = Panel::Hint;
        app.message = Some("Nothing was reset.".into());
        let request = app.want_check(0, "saved");
        let (_, first) = start(&mut app, request, 11);
        app.finished(first, verdict("e0"), 11);
        assert_eq!(app.panel, Panel::Verdict, "the hint no longer hides it");
        assert_eq!(app.message, None, "an old message goes with a new verdict");

        // A reset's message stays with the verdict the reset causes, only.
        app.message = Some("Reset e0.".into());
        app.message_outlives_a_verdict = true;
        let request = app.want_check(0, "reset");
        let (_, second) = start(&mut app, request, 12);
        app.finished(second, verdict("e0"), 12);
        assert_eq!(app.message.as_deref(), Some("Reset e0."));
        let request = app.want_check(0, "saved");
        let (_, third) = start(&mut app, request, 13);
        app.finished(third, verdict("e0"), 13);
        assert_eq!(app.message, None);
    }

    #[test]
    fn content_changed_without_an_event_is_checked_again() {
        let catalogue = catalogue();
        let mut app = App::new(&catalogue, Progress::default(), 0, vec![10, 20, 30]);
        let request = app.want_check(0, "saved");
        let (_, first) = start(&mut app, request, 11);
        let next = app.finished(first, verdict("e0"), 13);
        assert!(!app.verdict_is_fresh(0), "the verdict judged older content");
        assert_eq!(next.map(|r| r.index), Some(0));
    }

    #[test]
    fn a_check_that_could_not_run_still_honours_later_saves() {
        let catalogue = catalogue();
        let mut app = App::new(&catalogue, Progress::default(), 0, vec![10, 20, 30]);
        let request = app.want_check(0, "saved");
        let (_, first) = start(&mut app, request, 11);
        let next = app.failed(first, "cargo is missing".into(), 14);
        assert_eq!(next.map(|r| r.index), Some(0));
        assert!(
            app.message
                .as_deref()
                .is_some_and(|m| m.contains("cargo is missing"))
        );
        assert_eq!(app.hashes[0], 14);

        let request = app.want_check(0, "saved");
        let (_, second) = start(&mut app, request, 14);
        assert_eq!(
            app.failed(second, "again".into(), 14),
            None,
            "nothing changed"
        );
    }

    #[test]
    fn why_describes_what_is_on_screen() {
        let catalogue = catalogue();
        let mut app = App::new(&catalogue, Progress::default(), 0, vec![10, 20, 30]);
        let request = app.want_check(0, "modified src/lib.rs");
        let (_, first) = start(&mut app, request, 10);
        assert_eq!(
            app.why_on_screen().as_deref(),
            Some("checking because: modified src/lib.rs")
        );
        app.finished(first, verdict("e0"), 10);
        let request = app.want_check(1, "opened");
        let (_, second) = start(&mut app, request, 20);
        app.finished(second, verdict("e1"), 20);
        // Back on exercise 0, whose verdict is fresh: no check ran for it now.
        app.go_to(0);
        assert_eq!(
            app.why_on_screen().as_deref(),
            Some("checked because: modified src/lib.rs")
        );
    }
}
