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
    /// The newest check wanted while another ran.
    pub queued: Option<CheckRequest>,
    pub panel: Panel,
    pub scroll: usize,
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
            queued: None,
            panel: Panel::Verdict,
            scroll: 0,
            compiling: None,
            compiled_count: 0,
            preparing: None,
            message: None,
            show_why: false,
            last_why: None,
            polling: None,
            deadline: None,
        }
    }

    pub fn in_interview(&self) -> bool {
        self.deadline.is_some()
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
    /// behind the running one (only the newest is kept: it sees the newest
    /// content anyway).
    pub fn want_check(&mut self, index: usize, why: impl Into<String>) -> Option<CheckRequest> {
        let request = CheckRequest {
            index,
            why: why.into(),
        };
        if self.running.is_some() {
            self.queued = Some(request);
            None
        } else {
            Some(request)
        }
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
        let running = self.running.take()?;
        self.compiling = None;
        self.progress.record(&verdict);
        self.verdicts[running.index] = Some((verdict, running.hash));
        if running.index == self.current && self.panel == Panel::Verdict {
            self.scroll = 0;
        }
        if let Some(queued) = self.queued.take() {
            return Some(queued);
        }
        // A save that landed during the check but whose event was lost or
        // merged still gets a verdict: the content decides, not the events.
        (hash_now != running.hash).then(|| CheckRequest {
            index: running.index,
            why: "the files changed during the check".into(),
        })
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
