//! Where the exercise workspace is on disk, and the paths the checker uses inside it.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

/// How people run the checker here, for messages that tell them what to type.
static INVOCATION: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

/// `cargo checker` where the checker is part of the repository (an alias in
/// `.cargo/config.toml`), else the installed `checker`.
pub fn invocation() -> &'static str {
    INVOCATION.get().copied().unwrap_or("cargo checker")
}

/// The catalogue's file name; the directory holding it is the workspace root.
pub const CATALOGUE_FILE: &str = "info.toml";

#[derive(Debug, Clone)]
pub struct Workspace {
    pub root: PathBuf,
    /// Cargo's target directory, shared by every build the checker runs so
    /// dependencies compile once.
    pub target_dir: PathBuf,
    /// Where the checker writes what it generates (see `generated_dir`).
    generated_dir: PathBuf,
    /// The root as seen from where the learner started the checker (empty
    /// when they started it there): paths on screen are shown from there.
    shown_root: PathBuf,
}

impl Workspace {
    /// Finds the workspace by walking up from `start` to the first directory
    /// that holds `info.toml` next to a `Cargo.toml`.
    pub fn discover(start: &Path) -> Result<Self> {
        let start = std::path::absolute(start)?;
        for dir in start.ancestors() {
            if dir.join(CATALOGUE_FILE).is_file() && dir.join("Cargo.toml").is_file() {
                let has_checker = dir.join("checker/Cargo.toml").is_file();
                let _ = INVOCATION.set(if has_checker {
                    "cargo checker"
                } else {
                    "checker"
                });
                return Ok(Self::at(dir.to_path_buf()));
            }
        }
        bail!(
            "not inside the exercise workspace: no {CATALOGUE_FILE} next to a Cargo.toml in {} or above",
            start.display()
        )
    }

    /// A workspace rooted at `root`, with cargo's target directory chosen the
    /// way cargo chooses it: CARGO_TARGET_DIR (relative to the current
    /// directory, as cargo reads it), else `root/target`.
    pub fn at(root: PathBuf) -> Self {
        let target_dir = match std::env::var_os("CARGO_TARGET_DIR") {
            Some(dir) if !dir.is_empty() => {
                std::path::absolute(&dir).unwrap_or_else(|_| root.join(dir))
            }
            _ => root.join("target"),
        };
        Self::with_target_dir(root, target_dir)
    }

    pub fn with_target_dir(root: PathBuf, target_dir: PathBuf) -> Self {
        let generated_dir = target_dir.join("checker");
        let shown_root = std::env::current_dir()
            .ok()
            .and_then(|here| pathdiff::diff_paths(&root, here))
            .unwrap_or_else(|| root.clone());
        Self {
            root,
            target_dir,
            generated_dir,
            shown_root,
        }
    }

    /// The root as the learner sees it from where they started.
    pub fn shown_root(&self) -> &Path {
        &self.shown_root
    }

    /// The same workspace, its generated files kept in `dir`.
    pub fn generating_in(mut self, dir: PathBuf) -> Self {
        self.generated_dir = dir;
        self
    }

    pub fn catalogue_path(&self) -> PathBuf {
        self.root.join(CATALOGUE_FILE)
    }

    pub fn exercises_dir(&self) -> PathBuf {
        self.root.join("exercises")
    }

    pub fn solutions_dir(&self) -> PathBuf {
        self.root.join("solutions")
    }

    /// Learner state (progress, backups): never tracked by git.
    pub fn state_dir(&self) -> PathBuf {
        self.root.join(".checker")
    }

    /// Files the checker generates for builds (case manifests, scratch copies).
    pub fn generated_dir(&self) -> PathBuf {
        self.generated_dir.clone()
    }

    /// `path` relative to the root when it lies inside it, for messages.
    pub fn relative<'a>(&self, path: &'a Path) -> &'a Path {
        path.strip_prefix(&self.root).unwrap_or(path)
    }
}
