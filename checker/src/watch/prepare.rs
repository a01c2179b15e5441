//! The dependencies every exercise shares (trybuild, and whatever the
//! exercises use from the workspace's table) are built once, in the
//! background, while the learner reads the first exercise. A check always
//! comes first: the build is stopped while one runs and resumed after.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use anyhow::Result;

use crate::cargo::{self, Compiling, Output};
use crate::catalogue::Catalogue;
use crate::workspace::Workspace;

/// What the background build is doing, for the screen.
#[derive(Debug, Clone)]
pub enum Report {
    Compiling(String),
    Paused,
    Done,
    Failed,
}

impl Report {
    pub fn status_line(&self) -> Option<String> {
        match self {
            Report::Compiling(what) => Some(format!(
                "preparing the dependencies of later exercises: compiling {what}"
            )),
            Report::Failed => Some(
                "preparing the dependencies of later exercises failed; each exercise builds what it needs"
                    .into(),
            ),
            Report::Paused | Report::Done => None,
        }
    }
}

#[derive(Default)]
struct State {
    /// The process group of the running build.
    running: Option<u32>,
    /// Counts the builds started, so a stopped one's end is told apart.
    generation: u64,
    done: bool,
}

pub struct Preparer {
    state: Arc<Mutex<State>>,
    package: Option<Package>,
    report: Arc<dyn Fn(Report) + Send + Sync>,
}

/// The generated package depending on everything the exercises use.
#[derive(Clone)]
struct Package {
    dir: PathBuf,
    target_dir: PathBuf,
    /// What a finished build recorded; the same text means nothing to do.
    stamp: String,
}

impl Preparer {
    pub fn new(
        workspace: &Workspace,
        catalogue: &Catalogue,
        report: impl Fn(Report) + Send + Sync + 'static,
    ) -> Self {
        // Without a package to build (no shared dependencies, an unreadable
        // manifest), there is nothing to prepare: exercises build their own.
        let package = generate(workspace, catalogue).ok().flatten();
        let done = package.as_ref().is_none_or(Package::is_done);
        Self {
            state: Arc::new(Mutex::new(State {
                done,
                ..State::default()
            })),
            package,
            report: Arc::new(report),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Stops a running build so a check gets the machine and cargo's lock.
    pub fn pause(&self) {
        let mut state = self.lock();
        if let Some(group) = state.running.take() {
            state.generation += 1;
            crate::process::kill_group(group);
            (self.report)(Report::Paused);
        }
    }

    /// Starts (or restarts) the build unless it is done or running.
    pub fn resume(&self) {
        let Some(package) = self.package.clone() else {
            return;
        };
        let mut state = self.lock();
        if state.done || state.running.is_some() {
            return;
        }
        let report = Arc::clone(&self.report);
        let progress_report = Arc::clone(&self.report);
        let output = Output {
            color: false,
            compiling: Compiling::Report(Arc::new(move |what: &str| {
                progress_report(Report::Compiling(what.to_string()));
            })),
        };
        let target_dir = package.target_dir.to_string_lossy().into_owned();
        let build = match cargo::start(
            &package.dir,
            &["build", "--target-dir", &target_dir],
            &[],
            output,
        ) {
            Ok(build) => build,
            Err(_) => {
                state.done = true;
                report(Report::Failed);
                return;
            }
        };
        state.running = Some(build.id());
        state.generation += 1;
        let generation = state.generation;
        let shared = Arc::clone(&self.state);
        std::thread::spawn(move || {
            let result = build.finish();
            let mut state = shared.lock().unwrap_or_else(|p| p.into_inner());
            if state.generation != generation {
                return; // stopped for a check; resume starts it again
            }
            state.running = None;
            state.done = true;
            match result {
                Ok(finished) if finished.success => {
                    let _ = std::fs::write(package.stamp_path(), &package.stamp);
                    report(Report::Done);
                }
                _ => report(Report::Failed),
            }
        });
    }
}

impl Package {
    fn stamp_path(&self) -> PathBuf {
        self.dir.join("built.stamp")
    }

    fn is_done(&self) -> bool {
        std::fs::read_to_string(self.stamp_path()).is_ok_and(|stamp| stamp == self.stamp)
    }
}

/// Writes the package whose dependencies are the union of the exercises'.
fn generate(workspace: &Workspace, catalogue: &Catalogue) -> Result<Option<Package>> {
    let mut dependencies = toml::Table::new();
    for exercise in &catalogue.exercises {
        let exercise_dir = workspace.root.join(&exercise.dir);
        for (name, spec) in crate::manifest::exercise_dependencies(&exercise_dir)? {
            // Path dependencies are exercises' own helpers, not shared.
            if spec.get("path").is_none() {
                dependencies.entry(name).or_insert(spec);
            }
        }
    }
    if dependencies.is_empty() {
        return Ok(None);
    }
    let dir = workspace.generated_dir().join("shared-deps");
    let mut package = toml::Table::new();
    package.insert("name".into(), "checker_shared_deps".into());
    package.insert("version".into(), "0.0.0".into());
    package.insert("edition".into(), "2024".into());
    package.insert("publish".into(), false.into());
    let mut lib = toml::Table::new();
    lib.insert("path".into(), "lib.rs".into());
    let mut manifest = toml::Table::new();
    manifest.insert("package".into(), package.into());
    manifest.insert("lib".into(), lib.into());
    manifest.insert("dependencies".into(), dependencies.into());
    crate::manifest::write_generated(workspace, &dir, manifest)?;
    crate::files::write_if_changed(&dir.join("lib.rs"), b"")?;
    let stamp = format!(
        "{}\n{}",
        std::fs::read_to_string(dir.join("Cargo.toml")).unwrap_or_default(),
        std::fs::read_to_string(dir.join("Cargo.lock")).unwrap_or_default()
    );
    Ok(Some(Package {
        dir,
        target_dir: workspace.target_dir.clone(),
        stamp,
    }))
}
