//! The learner's progress: solved exercises, the current one, attempts.
//! Keyed by stable id; written atomically; a corrupt file is moved aside.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::catalogue::{Catalogue, Exercise};
use crate::verdict::{PredictionState, Verdict};
use crate::workspace::Workspace;

const FILE_NAME: &str = "progress.json";

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Progress {
    #[serde(default)]
    pub current: Option<String>,
    #[serde(default)]
    pub exercises: BTreeMap<String, ExerciseProgress>,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct ExerciseProgress {
    /// Tries: distinct contents of the learner's files judged. Judging the
    /// same content again (a restart, `r`) is not another try.
    #[serde(default)]
    pub attempts: u32,
    /// The content last judged (see `seal::content_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_content: Option<String>,
    #[serde(default)]
    pub first_checked: Option<u64>,
    #[serde(default)]
    pub last_checked: Option<u64>,
    /// Seconds since the epoch when it was first solved.
    #[serde(default)]
    pub solved_at: Option<u64>,
    /// Tries it took to solve it the first time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts_to_solve: Option<u32>,
    /// Whether the last check solved it: a solved exercise can be broken again.
    #[serde(default)]
    pub solved: bool,
    /// Predict items: the first answer the learner committed to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_prediction: Option<FirstPrediction>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstPrediction {
    pub code: String,
    pub line: usize,
    pub right: bool,
}

/// Loading can leave a warning for the learner (a corrupt file moved aside).
pub struct Loaded {
    pub progress: Progress,
    pub warning: Option<String>,
}

pub fn path(workspace: &Workspace) -> PathBuf {
    workspace.state_dir().join(FILE_NAME)
}

pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl Progress {
    pub fn load(workspace: &Workspace) -> Result<Loaded> {
        let path = path(workspace);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Loaded {
                    progress: Progress::default(),
                    warning: None,
                });
            }
            Err(error) => {
                return Err(error).with_context(|| format!("cannot read {}", path.display()));
            }
        };
        match serde_json::from_str(&text) {
            Ok(progress) => Ok(Loaded {
                progress,
                warning: None,
            }),
            Err(error) => {
                let aside = path.with_file_name(format!("{FILE_NAME}.corrupt-{}", now()));
                std::fs::rename(&path, &aside)
                    .with_context(|| format!("cannot move {} aside", path.display()))?;
                Ok(Loaded {
                    progress: Progress::default(),
                    warning: Some(format!(
                        "{}:{}:{}: progress file is corrupt ({error}); moved it to {} and started afresh",
                        workspace.relative(&path).display(),
                        error.line(),
                        error.column(),
                        workspace.relative(&aside).display()
                    )),
                })
            }
        }
    }

    /// Writes to a temporary file and renames it over the old one, so a crash
    /// never leaves half a file.
    pub fn save(&self, workspace: &Workspace) -> Result<()> {
        let path = path(workspace);
        let dir = workspace.state_dir();
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create {}", dir.display()))?;
        crate::files::write_atomically(&path, serde_json::to_string_pretty(self)?.as_bytes())
    }

    pub fn is_solved(&self, id: &str) -> bool {
        self.exercises.get(id).is_some_and(|e| e.solved)
    }

    /// Marks an exercise unsolved after its files went back to the shipped
    /// state; its history (tries, when it was first solved) stays.
    pub fn mark_reset(&mut self, id: &str) {
        if let Some(entry) = self.exercises.get_mut(id) {
            entry.solved = false;
            entry.last_content = None;
        }
    }

    /// Records one check: a try when the content is new, whether it is
    /// solved now, and a first prediction.
    pub fn record(&mut self, verdict: &Verdict) {
        let now = now();
        let solved = verdict.solved();
        let entry = self.exercises.entry(verdict.id.clone()).or_default();
        if entry.first_prediction.is_none()
            && let Some(prediction) = &verdict.prediction
            && let Some(answer) = &prediction.answer
        {
            entry.first_prediction = Some(FirstPrediction {
                code: answer.code.clone(),
                line: answer.line,
                right: prediction.state == PredictionState::Right,
            });
        }
        if entry.last_content.as_deref() != Some(verdict.content.as_str()) {
            if !verdict.as_shipped {
                entry.attempts += 1;
            }
            entry.last_content = Some(verdict.content.clone());
        }
        entry.first_checked.get_or_insert(now);
        entry.last_checked = Some(now);
        entry.solved = solved;
        if solved {
            entry.solved_at.get_or_insert(now);
            entry.attempts_to_solve.get_or_insert(entry.attempts);
        }
    }
}

/// Loads the progress store, telling the learner if a corrupt one was set aside.
pub fn load(workspace: &Workspace) -> Result<Progress> {
    let loaded = Progress::load(workspace)?;
    if let Some(warning) = loaded.warning {
        eprintln!("warning: {warning}");
    }
    Ok(loaded.progress)
}

impl Progress {
    /// The exercise to work on: the recorded current one, else the first unsolved.
    pub fn current_exercise<'c>(&self, catalogue: &'c Catalogue) -> Option<&'c Exercise> {
        self.current
            .as_deref()
            .and_then(|id| catalogue.by_id(id))
            .or_else(|| self.first_unsolved(catalogue))
    }

    pub fn first_unsolved<'c>(&self, catalogue: &'c Catalogue) -> Option<&'c Exercise> {
        catalogue
            .exercises
            .iter()
            .find(|exercise| !self.is_solved(&exercise.id))
    }
}
