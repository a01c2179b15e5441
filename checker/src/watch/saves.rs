//! What watch mode sees of the file system: which saves matter, which
//! exercise they belong to, whether their content really changed, and the
//! watcher itself (kernel events, or polling where events cannot arrive).

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use notify::event::{AccessKind, AccessMode, EventKind, ModifyKind, RenameMode};
use notify::{PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

use crate::catalogue::Catalogue;

/// How often polling looks at the files: quick enough to feel live.
const POLL_INTERVAL: Duration = Duration::from_millis(200);

/// One file event that may matter, with what happened, for `--why`.
#[derive(Debug, Clone)]
pub struct Touched {
    pub path: PathBuf,
    pub what: String,
    /// The event ends a save: a file closed after writing, or a new file
    /// renamed into place. Nothing more of that save is coming.
    pub completes_save: bool,
}

impl Touched {
    /// Stands for "anything below `root` may have changed".
    fn everything(root: &Path) -> Self {
        Self {
            path: root.to_path_buf(),
            what: "file events were lost: rescanned".into(),
            completes_save: true,
        }
    }

    pub fn is_everything(&self, root: &Path) -> bool {
        self.path == root
    }
}

/// When a burst of file events has settled. Editors fire several events
/// per save, a few milliseconds apart; a save's last event (close after
/// write, rename into place) needs only a moment for its siblings.
#[derive(Debug, Default)]
pub struct Settle {
    first: Option<Instant>,
    due: Option<Instant>,
}

/// Quiet time after an event that may be followed by more of the same save.
const SETTLE: Duration = Duration::from_millis(15);
/// Quiet time after an event that ends a save.
const SETTLE_COMPLETE: Duration = Duration::from_millis(2);
/// A stream of events (a long copy) still gets checked this soon.
const MAX_SETTLE: Duration = Duration::from_millis(150);

impl Settle {
    pub fn event(&mut self, completes_save: bool) {
        let now = Instant::now();
        let first = *self.first.get_or_insert(now);
        let quiet = if completes_save {
            SETTLE_COMPLETE
        } else {
            SETTLE
        };
        self.due = Some((now + quiet).min(first + MAX_SETTLE));
    }

    /// How long until the burst counts as settled; None without one.
    pub fn time_left(&self) -> Option<Duration> {
        self.due
            .map(|due| due.saturating_duration_since(Instant::now()))
    }

    /// True once, when a burst has settled.
    pub fn take_if_due(&mut self) -> bool {
        if self.due.is_some_and(|due| Instant::now() >= due) {
            *self = Self::default();
            true
        } else {
            false
        }
    }
}

/// Editors' swap, backup and temporary files, and build output: never a save
/// of the learner's code. `relative` is below the exercises directory.
pub fn is_ignored(relative: &Path) -> bool {
    let in_ignored_dir = relative.components().any(|part| {
        matches!(part, Component::Normal(name)
            if name == "target" || name == ".git" || name == ".checker")
    });
    let Some(name) = relative.file_name().map(|n| n.to_string_lossy()) else {
        return true;
    };
    in_ignored_dir
        || name.starts_with('.') // vim .x.swp, emacs .#x lock, gedit .goutputstream-*
        || name.ends_with('~') // vim and emacs backups
        || (name.starts_with('#') && name.ends_with('#')) // emacs auto-save
        || name == "4913" // vim's probe for a writable directory
        || name.contains("___jb_") // JetBrains' temporary and old copies
        || [".swp", ".swo", ".swx", ".tmp", ".bak", ".orig", ".kate-swp"]
            .iter()
            .any(|suffix| name.ends_with(suffix))
}

/// A hash of what a build reads in an exercise: its shipped files (there or
/// not) and every Rust or TOML file. An atomic save firing several events,
/// or a save with no change, runs one check or none; an editor's temporary
/// file, made and renamed away during a save, changes nothing here.
pub fn content_hash(exercise_dir: &Path, shipped: &[&str]) -> u64 {
    let mut files: std::collections::BTreeSet<PathBuf> =
        shipped.iter().map(PathBuf::from).collect();
    for file in crate::seal::files_below(exercise_dir).unwrap_or_default() {
        let relative = file.strip_prefix(exercise_dir).unwrap_or(&file);
        let read_by_builds = relative
            .extension()
            .is_some_and(|ext| ext == "rs" || ext == "toml");
        if read_by_builds && !is_ignored(relative) {
            files.insert(relative.to_path_buf());
        }
    }
    let mut hasher = DefaultHasher::new();
    for relative in files {
        relative.hash(&mut hasher);
        // A file that vanished between listing and reading still counts.
        std::fs::read(exercise_dir.join(&relative))
            .ok()
            .hash(&mut hasher);
    }
    hasher.finish()
}

/// Which exercise (index in the catalogue) a path belongs to.
pub fn exercise_of(catalogue: &Catalogue, root: &Path, path: &Path) -> Option<usize> {
    let relative = path.strip_prefix(root).ok()?;
    catalogue
        .exercises
        .iter()
        .position(|exercise| relative.starts_with(&exercise.dir))
}

/// Keeps the watcher alive; dropping it stops the events.
pub struct FileWatch {
    _watcher: Box<dyn Watcher + Send>,
    /// Why it polls, when it does.
    pub polling: Option<String>,
}

/// Watches `dir` recursively (a watch on single files goes silent when an
/// editor renames a new file over the old one) and sends what matters.
pub fn watch(
    dir: &Path,
    force_poll: bool,
    send: impl Fn(Vec<Touched>) + Send + 'static,
) -> Result<FileWatch> {
    let root = dir.to_path_buf();
    let handler = move |result: notify::Result<notify::Event>| {
        if let Some(touched) = route(&root, result) {
            send(touched);
        }
    };
    let polling = if force_poll {
        Some("--poll was given".to_string())
    } else {
        crate::platform::why_no_change_events(dir)
    };
    let mut watcher: Box<dyn Watcher + Send> = if polling.is_some() {
        Box::new(PollWatcher::new(
            handler,
            // Modification times are compared in whole seconds: two saves in
            // one second need the contents compared too.
            notify::Config::default()
                .with_poll_interval(POLL_INTERVAL)
                .with_compare_contents(true),
        )?)
    } else {
        Box::new(RecommendedWatcher::new(handler, notify::Config::default())?)
    };
    watcher
        .watch(dir, RecursiveMode::Recursive)
        .with_context(|| format!("cannot watch {}", dir.display()))?;
    Ok(FileWatch {
        _watcher: watcher,
        polling,
    })
}

fn route(root: &Path, result: notify::Result<notify::Event>) -> Option<Vec<Touched>> {
    match result {
        // Events were lost (a queue overflow, a watch error): the contents
        // of every exercise decide what changed.
        Err(_) => Some(vec![Touched::everything(root)]),
        Ok(event) if event.need_rescan() => Some(vec![Touched::everything(root)]),
        Ok(event) => relevant(root, &event),
    }
}

fn relevant(root: &Path, event: &notify::Event) -> Option<Vec<Touched>> {
    // Opening and reading a file is not a save; closing after a write is.
    if let EventKind::Access(kind) = event.kind
        && kind != AccessKind::Close(AccessMode::Write)
    {
        return None;
    }
    let touched: Vec<Touched> = event
        .paths
        .iter()
        .enumerate()
        .filter(|(_, path)| {
            path.strip_prefix(root)
                .is_ok_and(|relative| !is_ignored(relative))
        })
        .map(|(position, path)| Touched {
            path: path.clone(),
            what: describe(&event.kind),
            completes_save: match event.kind {
                EventKind::Access(AccessKind::Close(AccessMode::Write))
                | EventKind::Modify(ModifyKind::Name(RenameMode::To)) => true,
                // [from, to]: only the destination has its final content.
                EventKind::Modify(ModifyKind::Name(RenameMode::Both)) => position == 1,
                _ => false,
            },
        })
        .collect();
    (!touched.is_empty()).then_some(touched)
}

fn describe(kind: &EventKind) -> String {
    match kind {
        EventKind::Create(_) => "created".into(),
        EventKind::Remove(_) => "removed".into(),
        EventKind::Modify(ModifyKind::Name(_)) => "renamed".into(),
        EventKind::Modify(_) => "modified".into(),
        EventKind::Access(_) => "written and closed".into(),
        _ => "changed".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lost_events_ask_for_a_rescan_of_everything() {
        let root = Path::new("/w/exercises");
        let lost = route(root, Err(notify::Error::generic("queue overflow")));
        assert!(lost.is_some_and(|t| t.len() == 1 && t[0].is_everything(root)));
        let overflow = notify::Event::new(EventKind::Other).set_flag(notify::event::Flag::Rescan);
        let rescan = route(root, Ok(overflow));
        assert!(rescan.is_some_and(|t| t.len() == 1 && t[0].is_everything(root)));
        let save = notify::Event::new(EventKind::Access(AccessKind::Close(AccessMode::Write)))
            .add_path(root.join("01_t/01_e/src/lib.rs"));
        let saved = route(root, Ok(save)).expect("a save is relevant");
        assert!(!saved[0].is_everything(root) && saved[0].completes_save);
    }

    #[test]
    fn editor_side_files_are_ignored() {
        for name in [
            "01_ownership/01_moves/src/.lib.rs.swp",
            "01_ownership/01_moves/src/lib.rs~",
            "01_ownership/01_moves/src/4913",
            "01_ownership/01_moves/src/#lib.rs#",
            "01_ownership/01_moves/src/.#lib.rs",
            "01_ownership/01_moves/src/lib.rs___jb_tmp___",
            "01_ownership/01_moves/target/debug/x",
        ] {
            assert!(is_ignored(Path::new(name)), "{name} must be ignored");
        }
        for name in [
            "01_ownership/01_moves/src/lib.rs",
            "01_ownership/01_moves/tests/summary.rs",
            "01_ownership/01_moves/Cargo.toml",
        ] {
            assert!(!is_ignored(Path::new(name)), "{name} must count");
        }
    }

    #[test]
    fn a_save_settles_sooner_once_its_last_event_came() {
        let mut settle = Settle::default();
        assert_eq!(settle.time_left(), None, "nothing pending");
        settle.event(false);
        assert!(settle.time_left().expect("pending") <= SETTLE);
        settle.event(true);
        assert!(settle.time_left().expect("pending") <= SETTLE_COMPLETE);
        std::thread::sleep(SETTLE_COMPLETE);
        assert!(settle.take_if_due(), "settled");
        assert!(!settle.take_if_due(), "reported once");
        assert_eq!(settle.time_left(), None);
    }

    #[test]
    fn hash_sees_what_builds_read_and_no_editors_temporary_files() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let src = dir.path().join("src");
        std::fs::create_dir_all(&src).expect("src");
        std::fs::write(src.join("lib.rs"), "fn a() {}").expect("write");
        let shipped = ["src/lib.rs", "tests/data.txt"];
        let hash = || content_hash(dir.path(), &shipped);
        let before = hash();
        // vim, Qt and Kate, sed and mkstemp save through files like these.
        for temporary in [
            "lib.rs~",
            "4913",
            "lib.rs.Xa81Pq",
            "sedQ2k1vB",
            "tmpk3j_2x0a",
        ] {
            std::fs::write(src.join(temporary), "half a save").expect("write");
        }
        assert_eq!(before, hash());
        std::fs::write(src.join("lib.rs"), "fn b() {}").expect("write");
        let edited = hash();
        assert_ne!(before, edited);
        // A new module, a shipped data file: both read by a build.
        std::fs::write(src.join("extra.rs"), "fn c() {}").expect("write");
        assert_ne!(edited, hash());
        let with_module = hash();
        std::fs::create_dir_all(dir.path().join("tests")).expect("tests");
        std::fs::write(dir.path().join("tests/data.txt"), "1 2 3").expect("write");
        assert_ne!(with_module, hash());
    }
}
