//! What `dev check` proved before, by content. A judged state (the shipped
//! files, the solution, a variant) whose inputs are unchanged since it last
//! passed is not judged again: the exercise's files and catalogue entry,
//! the state's own files, the workspace's manifests, the checker and the
//! compiler. Only passes are kept, with what the rest of the proof needs
//! from them (how the state failed, which annotated codes it met).
//! `dev check --fresh` ignores what is kept.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::Result;
use serde::{Deserialize, Serialize};

use crate::catalogue::Exercise;
use crate::seal::file_ids;
use crate::workspace::Workspace;

/// What a passed state leaves for the rest of the proof.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Proved {
    /// How it failed, in `expect`'s words (`tests`, `rule:...`).
    pub failures: Vec<String>,
    /// `(case, line, code)` of each must-fail annotation it met.
    pub matched: Vec<(String, usize, String)>,
}

pub struct Memo {
    dir: PathBuf,
    /// The inputs every state of the exercise shares, as one hash.
    base: String,
    fresh: bool,
}

impl Memo {
    pub fn new(workspace: &Workspace, exercise: &Exercise, fresh: bool) -> Result<Self> {
        let mut hasher = DefaultHasher::new();
        checker_identity().hash(&mut hasher);
        crate::toolchain::version_text(&workspace.root).hash(&mut hasher);
        for manifest in ["Cargo.toml", "Cargo.lock"] {
            std::fs::read(workspace.root.join(manifest))
                .ok()
                .hash(&mut hasher);
        }
        (
            &exercise.id,
            &exercise.package,
            &exercise.files,
            exercise
                .expect
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            &exercise.rules,
            exercise.timeout,
            exercise.predict,
        )
            .hash(&mut hasher);
        file_ids(&workspace.root.join(&exercise.dir))?.hash(&mut hasher);
        // The tests' support crate judges too: a change to it proves again.
        if let Some(support) = crate::manifest::support_dir(workspace) {
            file_ids(&support)?.hash(&mut hasher);
        }
        Ok(Self {
            dir: workspace.generated_dir().join("proofs").join(&exercise.id),
            base: format!("{:016x}", hasher.finish()),
            fresh,
        })
    }

    /// The key of one state: the shared inputs and its own files.
    pub fn key(&self, own_files: &[&Path]) -> String {
        let mut hasher = DefaultHasher::new();
        self.base.hash(&mut hasher);
        for file in own_files {
            file.hash(&mut hasher);
            std::fs::read(file).ok().hash(&mut hasher);
        }
        format!("{:016x}", hasher.finish())
    }

    /// What state `step` showed when it last passed with these inputs.
    pub fn get(&self, step: &str, key: &str) -> Option<Proved> {
        if self.fresh {
            return None;
        }
        let text = std::fs::read_to_string(self.path(step, key)).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// Keeps a pass, and forgets that step's older ones.
    pub fn put(&self, step: &str, key: &str, proved: &Proved) -> Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        if let Ok(entries) = std::fs::read_dir(&self.dir) {
            let prefix = format!("{step}@");
            for entry in entries.flatten() {
                if entry.file_name().to_string_lossy().starts_with(&prefix) {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
        crate::files::write_atomically(
            &self.path(step, key),
            serde_json::to_string(proved)?.as_bytes(),
        )
    }

    fn path(&self, step: &str, key: &str) -> PathBuf {
        self.dir.join(format!("{step}@{key}.json"))
    }
}

/// The checker binary as built: a rebuilt checker may judge differently.
fn checker_identity() -> &'static str {
    static IDENTITY: OnceLock<String> = OnceLock::new();
    IDENTITY.get_or_init(|| {
        std::env::current_exe()
            .and_then(std::fs::metadata)
            .map(|meta| format!("{}:{:?}", meta.len(), meta.modified().ok()))
            .unwrap_or_default()
    })
}
