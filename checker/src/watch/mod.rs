//! `checker watch`: a verdict on every save. Data flows one way: file event
//! -> exercise -> check -> verdict -> screen (or one JSON line per verdict
//! when stdout is not a terminal).

mod app;
mod json;
mod keys;
mod layout;
mod prepare;
mod saves;
mod screen;

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use crossterm::event::{Event, KeyEventKind};

use crate::catalogue::Catalogue;
use crate::judge::Judge;
use crate::progress::Progress;
use crate::seal::Seal;
use crate::verdict::Verdict;
use crate::workspace::Workspace;
use app::{App, CheckRequest};
use keys::Action;
use saves::Touched;

/// How long an interview waits, once time is up, for the check of a save
/// made before then.
const CHECK_GRACE: Duration = Duration::from_secs(30);

/// Fault injection for the tests (see `injected_fault`).
const FAULT_PANIC: &str = "CHECKER_FAULT_PANIC";

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Poll the files instead of waiting for change events.
    pub poll: bool,
    /// Show which file event started each check.
    pub why: bool,
    /// One JSON line per verdict even on a terminal.
    pub json: bool,
}

enum Msg {
    Files(Vec<Touched>),
    Terminal(Event),
    /// A check's result, under its number.
    Checked(u64, Box<Result<Verdict, String>>),
    Compiling(String),
    Stage(crate::judge::Stage),
    Prepared(prepare::Report),
    Stop(i32),
}

/// An interview driven on the watch screen: watch reports to it, and it
/// sets the deadline.
pub trait Interview {
    fn deadline(&self) -> Instant;
    /// How long each question should take, if the learner set a pace.
    fn per_question(&self) -> Option<std::time::Duration> {
        None
    }
    fn checked(&mut self, index: usize, verdict: &Verdict);
    fn hint_shown(&mut self, index: usize);
    fn skipped(&mut self, index: usize);
    fn all_solved(&self) -> bool;
}

/// How a session on the screen ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// `q` or Ctrl-C.
    Quit,
    Signal(i32),
    TimeUp,
    AllSolved,
}

impl Ending {
    pub fn exit_code(self) -> u8 {
        match self {
            Ending::Signal(signal) => 128 + u8::try_from(signal).unwrap_or(0),
            _ => 0,
        }
    }
}

/// What one watch session works on.
struct Session<'s> {
    workspace: &'s Workspace,
    catalogue: Arc<Catalogue>,
    seal: Arc<Seal>,
    /// Practice saves the learner's progress; an interview never touches it.
    save_progress: bool,
    interview: Option<&'s mut dyn Interview>,
}

pub fn run(workspace: &Workspace, options: Options) -> Result<u8> {
    let catalogue = Arc::new(Catalogue::load(workspace)?);
    if catalogue.exercises.is_empty() {
        bail!("info.toml lists no exercises: there is nothing to watch");
    }
    let seal = Arc::new(Seal::load(workspace)?);
    let progress = crate::progress::load(workspace)?;
    let current = progress
        .current_exercise(&catalogue)
        .and_then(|exercise| catalogue.exercises.iter().position(|e| e.id == exercise.id))
        .unwrap_or(0);
    let on_screen = !options.json && std::io::stdout().is_terminal();
    let session = Session {
        workspace,
        catalogue,
        seal,
        save_progress: true,
        interview: None,
    };
    if on_screen {
        let (ending, app_totals) = on_the_screen(session, progress, current, options)?;
        let (solved, total) = app_totals;
        println!("watch stopped: {solved}/{total} solved; progress is saved.");
        Ok(ending.exit_code())
    } else {
        let (send, receive) = mpsc::channel();
        let catalogue = Arc::clone(&session.catalogue);
        let (mut app, watch) =
            prepare_session(&session, &catalogue, progress, current, options, &send)?;
        if let Some(reason) = &watch.polling {
            eprintln!("watch: polling for saves ({reason})");
        }
        let mut front = Front::Lines(options.why);
        end_on_panic(false);
        let ending = Loop::new(session, &send).run(&mut app, &receive, &mut front);
        crate::process::kill_all_groups();
        Ok(ending?.exit_code())
    }
}

/// Runs an interview on the watch screen over its copies, from question 1.
pub fn run_interview(
    workspace: &Workspace,
    catalogue: Catalogue,
    seal: Seal,
    interview: &mut dyn Interview,
) -> Result<Ending> {
    let session = Session {
        workspace,
        catalogue: Arc::new(catalogue),
        seal: Arc::new(seal),
        save_progress: false,
        interview: Some(interview),
    };
    let (ending, _) = on_the_screen(session, Progress::default(), 0, Options::default())?;
    Ok(ending)
}

/// The full-screen session; the terminal is restored whatever happens.
fn on_the_screen(
    session: Session,
    progress: Progress,
    current: usize,
    options: Options,
) -> Result<(Ending, (usize, usize))> {
    let (send, receive) = mpsc::channel();
    let catalogue = Arc::clone(&session.catalogue);
    let (mut app, _watch) =
        prepare_session(&session, &catalogue, progress, current, options, &send)?;
    let color = crate::render::color_on_stdout();
    end_on_panic(true);
    let terminal = screen::Terminal::enter(color).context("cannot set up the terminal")?;
    read_terminal_events(send.clone());
    let mut front = Front::Screen(terminal);
    let ending = Loop::new(session, &send).run(&mut app, &receive, &mut front);
    drop(front);
    crate::process::kill_all_groups();
    Ok((ending?, app.totals()))
}

/// Tests make watch panic on purpose: `CHECKER_FAULT_PANIC=loop` in the
/// main loop after a first verdict, `=checker` in the thread that judges,
/// at its second check.
fn injected_fault(place: &str) -> bool {
    std::env::var_os(FAULT_PANIC).is_some_and(|value| value == place)
}

/// A panic in any thread of a session ends it at once, cleanly: the
/// terminal put back, the learner's programs and builds killed, the message
/// printed. Carrying on would leave a check that never ends on the screen.
fn end_on_panic(on_screen: bool) {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if on_screen {
            screen::restore();
        }
        crate::process::kill_all_groups();
        default(info);
        std::process::exit(101);
    }));
}

/// Signals, the file watch, content hashes and the state, before the loop.
fn prepare_session<'c>(
    session: &Session,
    catalogue: &'c Catalogue,
    progress: Progress,
    current: usize,
    options: Options,
    send: &Sender<Msg>,
) -> Result<(App<'c>, saves::FileWatch)> {
    watch_signals(send.clone())?;
    let file_send = send.clone();
    let watch = saves::watch(
        &session.workspace.exercises_dir(),
        options.poll,
        move |touched| {
            let _ = file_send.send(Msg::Files(touched));
        },
    )?;
    let hashes = session
        .catalogue
        .exercises
        .iter()
        .map(|exercise| exercise_hash(session.workspace, &session.seal, exercise))
        .collect();
    let mut app = App::new(catalogue, progress, current, hashes);
    app.must_fail = catalogue
        .exercises
        .iter()
        .map(|exercise| {
            session
                .workspace
                .root
                .join(&exercise.dir)
                .join(crate::judge::cases::FAIL_DIR)
                .is_dir()
        })
        .collect();
    app.show_why = options.why;
    app.polling = watch.polling.clone();
    app.shown_from = session.workspace.shown_root().to_path_buf();
    if let Some(interview) = session.interview.as_ref() {
        app.deadline = Some(interview.deadline());
        app.per_question = interview.per_question();
        app.question_since = Some(Instant::now());
    }
    Ok((app, watch))
}

/// Where verdicts go: the full screen, or one JSON line each.
enum Front {
    Screen(screen::Terminal),
    /// With `--why` in each line.
    Lines(bool),
}

struct Loop<'s> {
    session: Session<'s>,
    jobs: Sender<(usize, u64)>,
    preparer: prepare::Preparer,
}

impl<'s> Loop<'s> {
    fn new(session: Session<'s>, send: &Sender<Msg>) -> Self {
        let jobs = start_checker(session.workspace, &session.catalogue, &session.seal, send);
        let prepare_send = send.clone();
        let preparer =
            prepare::Preparer::new(session.workspace, &session.catalogue, move |report| {
                let _ = prepare_send.send(Msg::Prepared(report));
            });
        Self {
            session,
            jobs,
            preparer,
        }
    }

    fn run(&mut self, app: &mut App, receive: &Receiver<Msg>, front: &mut Front) -> Result<Ending> {
        let first = app.want_check(app.current, "watch started");
        self.start(app, first);
        let mut pending: BTreeMap<usize, String> = BTreeMap::new();
        let mut settle = saves::Settle::default();
        loop {
            draw(front, app, self.session.workspace)?;
            // A check of a save made in time still counts, within a grace.
            if let Some(deadline) = app.deadline
                && app.time_is_up()
                && (app.running.is_none() || Instant::now() >= deadline + CHECK_GRACE)
            {
                return Ok(Ending::TimeUp);
            }
            if self
                .session
                .interview
                .as_ref()
                .is_some_and(|i| i.all_solved())
            {
                return Ok(Ending::AllSolved);
            }
            let mut timeout = settle.time_left().unwrap_or(Duration::from_secs(3600));
            if app.deadline.is_some() {
                // The countdown ticks once a second.
                timeout = timeout.min(Duration::from_secs(1));
            }
            if app.verdict().is_some() && injected_fault("loop") {
                panic!("injected fault in the loop ({FAULT_PANIC} is set)");
            }
            match receive.recv_timeout(timeout) {
                Ok(Msg::Files(touched)) => {
                    for event in touched {
                        settle.event(event.completes_save);
                        if event.is_everything(&self.session.workspace.exercises_dir()) {
                            for index in 0..self.session.catalogue.exercises.len() {
                                pending.entry(index).or_insert_with(|| event.what.clone());
                            }
                        } else if let Some(index) = saves::exercise_of(
                            &self.session.catalogue,
                            &self.session.workspace.root,
                            &event.path,
                        ) {
                            let shown = self
                                .session
                                .workspace
                                .relative(&event.path)
                                .display()
                                .to_string();
                            pending
                                .entry(index)
                                .or_insert_with(|| format!("{} {shown}", event.what));
                        }
                    }
                }
                Ok(Msg::Terminal(event)) => {
                    if let Some(ending) = self.on_terminal_event(app, event) {
                        return Ok(ending);
                    }
                }
                Ok(Msg::Checked(generation, result)) => {
                    self.on_checked(app, generation, *result, front)?;
                }
                Ok(Msg::Compiling(what)) => {
                    app.compiled_count += 1;
                    app.compiling = Some(what);
                }
                Ok(Msg::Stage(stage)) => app.stage = Some(stage),
                Ok(Msg::Prepared(report)) => app.preparing = report.status_line(),
                Ok(Msg::Stop(signal)) => return Ok(Ending::Signal(signal)),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return Ok(Ending::Quit),
            }
            if settle.take_if_due() {
                let mut changed = Vec::new();
                for (index, why) in std::mem::take(&mut pending) {
                    let hash = self.hash(index);
                    // Truncate, then write: an empty file is a save still
                    // under way, not content to judge (`r` judges it anyway).
                    if let Some(empty) = self.empty_learner_file(index) {
                        app.hashes[index] = hash;
                        app.message = Some(format!(
                            "{empty} is empty: waiting for the rest of the save (r checks it as it is)"
                        ));
                        continue;
                    }
                    changed.push((index, hash, why));
                }
                let request = app.files_changed(changed);
                self.start(app, request);
            }
        }
    }

    fn hash(&self, index: usize) -> u64 {
        exercise_hash(
            self.session.workspace,
            &self.session.seal,
            &self.session.catalogue.exercises[index],
        )
    }

    /// A learner file of exercise `index` that is empty, as the workspace shows it.
    fn empty_learner_file(&self, index: usize) -> Option<String> {
        let exercise = &self.session.catalogue.exercises[index];
        let root = self.session.workspace.root.join(&exercise.dir);
        exercise
            .files
            .iter()
            .find(|file| std::fs::metadata(root.join(file)).is_ok_and(|m| m.len() == 0))
            .map(|file| exercise.dir.join(file).display().to_string())
    }

    fn start(&mut self, app: &mut App, request: Option<CheckRequest>) {
        let Some(request) = request else { return };
        if app.time_is_up() {
            return; // the interview is over: nothing new is judged
        }
        // Checks come first: the background build gives way and resumes later.
        self.preparer.pause();
        // Content newer than the running check's: stop that check at once.
        if let Some(replaced) = request.supersedes {
            crate::process::cancel_checks_through(replaced);
        }
        let hash = self.hash(request.index);
        let generation = app.started(&request, hash);
        let _ = self.jobs.send((request.index, generation));
    }

    fn on_checked(
        &mut self,
        app: &mut App,
        generation: u64,
        result: Result<Verdict, String>,
        front: &mut Front,
    ) -> Result<()> {
        // A cancelled check's result says nothing about the files now.
        let Some(running) = app.running.clone().filter(|r| r.generation == generation) else {
            return Ok(());
        };
        let index = running.index;
        let hash_now = self.hash(index);
        let why = match front {
            Front::Lines(true) => Some(running.why.as_str()),
            _ => None,
        };
        let next = match result {
            Ok(verdict) => {
                // The state first: whoever reads the line may save at once.
                let line = json::Line::verdict(&verdict, why).to_json();
                if let Some(interview) = self.session.interview.as_mut() {
                    interview.checked(index, &verdict);
                }
                let next = app.finished(generation, verdict, hash_now);
                if let Front::Lines(_) = front {
                    json::print(&line)?;
                }
                next
            }
            Err(error) => {
                if let Front::Lines(_) = front {
                    let id = &self.session.catalogue.exercises[index].id;
                    json::print(&json::Line::error(id, &error, why).to_json())?;
                }
                app.failed(generation, error, hash_now)
            }
        };
        // The next check starts before the progress is written to disk.
        let idle = next.is_none();
        self.start(app, next);
        if self.session.save_progress
            && let Err(error) = app.progress.save(self.session.workspace)
        {
            app.message = Some(format!("cannot save progress: {error:#}"));
        }
        if idle {
            self.preparer.resume();
        }
        Ok(())
    }

    /// Keys and resizes. Returns how it ended when it is time to stop.
    fn on_terminal_event(&mut self, app: &mut App, event: Event) -> Option<Ending> {
        let Event::Key(key) = event else {
            return None; // a resize: the loop redraws
        };
        if key.kind != KeyEventKind::Press {
            return None;
        }
        match keys::handle(app, key) {
            Action::None => None,
            Action::Quit => Some(Ending::Quit),
            Action::HintShown => {
                if let Some(interview) = self.session.interview.as_mut() {
                    interview.hint_shown(app.current);
                }
                None
            }
            Action::Skip => {
                if let Some(interview) = self.session.interview.as_mut() {
                    interview.skipped(app.current);
                }
                let next = app.next_unsolved().unwrap_or(app.current);
                if let Action::Check(request) = keys::arrive(app, next) {
                    self.start(app, Some(request));
                }
                None
            }
            Action::Check(request) => {
                self.start(app, Some(request));
                None
            }
            Action::ShowSolution => {
                app.panel =
                    app::Panel::Solution(read_solution(self.session.workspace, app.exercise()));
                None
            }
            Action::Reset => {
                self.reset(app);
                None
            }
        }
    }

    fn reset(&mut self, app: &mut App) {
        let exercise = app.exercise();
        let prepared =
            crate::seal::Restore::prepare(self.session.workspace, &self.session.seal, exercise);
        app.panel = app::Panel::Verdict;
        app.message = Some(match prepared {
            Ok(None) => format!("{} is already as shipped; nothing to reset.", exercise.name),
            Ok(Some(restore)) => match restore.apply().inspect(|_| {
                app.progress.mark_reset(&exercise.id);
                app.message_outlives_a_verdict = true;
            }) {
                Ok(Some(backup)) => format!(
                    "Reset {}; your previous files are in {backup}/",
                    exercise.name
                ),
                Ok(None) => format!("Reset {}.", exercise.name),
                Err(error) => format!("reset failed: {error:#}"),
            },
            Err(error) => format!("reset failed: {error:#}"),
        });
        // The file events of the reset start the check.
    }
}

/// The content hash of an exercise: what a build reads in it.
fn exercise_hash(workspace: &Workspace, seal: &Seal, exercise: &crate::catalogue::Exercise) -> u64 {
    let shipped: Vec<&str> = seal
        .exercises
        .get(&exercise.id)
        .into_iter()
        .flat_map(|ids| ids.keys().map(String::as_str))
        .collect();
    saves::content_hash(&workspace.root.join(&exercise.dir), &shipped)
}

/// The thread that judges, one exercise at a time, in the order asked.
fn start_checker(
    workspace: &Workspace,
    catalogue: &Arc<Catalogue>,
    seal: &Arc<Seal>,
    send: &Sender<Msg>,
) -> Sender<(usize, u64)> {
    let (jobs, receive_jobs) = mpsc::channel::<(usize, u64)>();
    let workspace = workspace.clone();
    let catalogue = Arc::clone(catalogue);
    let seal = Arc::clone(seal);
    let send = send.clone();
    let progress_send = send.clone();
    let stage_send = send.clone();
    std::thread::spawn(move || {
        let judge = Judge {
            workspace: &workspace,
            seal: &seal,
            output: crate::cargo::Output {
                color: false,
                compiling: crate::cargo::Compiling::Report(Arc::new(move |what: &str| {
                    let _ = progress_send.send(Msg::Compiling(what.to_string()));
                })),
            },
            lint_all: false,
            stages: Some(Arc::new(move |stage| {
                let _ = stage_send.send(Msg::Stage(stage));
            })),
        };
        for (count, (index, generation)) in receive_jobs.into_iter().enumerate() {
            if count > 0 && injected_fault("checker") {
                panic!("injected fault in the checker thread ({FAULT_PANIC} is set)");
            }
            // Replaced by newer content before it could start.
            if !crate::process::begin_check(generation) {
                continue;
            }
            let result = judge
                .judge(&catalogue.exercises[index])
                .map_err(|error| format!("{error:#}"));
            if send
                .send(Msg::Checked(generation, Box::new(result)))
                .is_err()
            {
                break;
            }
        }
    });
    jobs
}

fn read_terminal_events(send: Sender<Msg>) {
    std::thread::spawn(move || {
        while let Ok(event) = crossterm::event::read() {
            if send.send(Msg::Terminal(event)).is_err() {
                break;
            }
        }
    });
}

/// SIGTERM, SIGHUP and (outside raw mode) SIGINT stop the loop, so the
/// terminal is restored and running programs are killed.
fn watch_signals(send: Sender<Msg>) -> Result<()> {
    crate::platform::on_stop_signals(move |signal| {
        let _ = send.send(Msg::Stop(signal));
    })
    .context("cannot watch for signals")
}

fn draw(front: &mut Front, app: &App, workspace: &Workspace) -> Result<()> {
    if let Front::Screen(terminal) = front {
        let (width, height) = screen::Terminal::size();
        terminal.draw(&layout::screen(app, &workspace.root, width, height))?;
    }
    Ok(())
}

fn read_solution(workspace: &Workspace, exercise: &crate::catalogue::Exercise) -> String {
    match exercise.solution_files(workspace) {
        Ok(files) => files
            .iter()
            .map(|(shown, text)| format!("// {shown}\n{text}"))
            .collect::<Vec<_>>()
            .join("\n"),
        Err(error) => format!("{error:#}"),
    }
}
