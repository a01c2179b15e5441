//! Dependencies built once for every scratch slot. Each slot has a target
//! directory of its own (so checks in parallel never wait for each other's
//! cargo lock), and on a clean clone each would compile tokio, syn and
//! trybuild's dependencies again. Instead, the first slot builds them, once
//! for each distinct set of dependencies among the exercises, while the
//! other slots check the exercises that have no dependencies; then each of
//! them copies the first slot's build before it takes one that has.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::OnceLock;

use anyhow::{Context, Result};

use crate::catalogue::Exercise;
use crate::scratch::{Scratch, State};
use crate::workspace::Workspace;

/// What cargo keeps of built dependencies, inside `target/debug`.
const BUILT: [&str; 3] = ["deps", "build", ".fingerprint"];

pub struct Warmup<'e> {
    /// Exercises whose manifests name dependencies.
    with_dependencies: HashSet<String>,
    /// The slot that builds (and is copied from), with one exercise of each
    /// dependency set to build; `None` when there is nothing to build.
    builder: Option<(usize, Vec<&'e Exercise>)>,
    /// Slots that still need the dependencies copied in.
    cold: Vec<bool>,
    /// Set once the builder is done: whether its build can be copied.
    done: OnceLock<bool>,
}

impl<'e> Warmup<'e> {
    /// Decides what to build and copy. When some slot has built before, the
    /// cold ones copy from it at once; with one slot, or none cold, nothing
    /// is done.
    pub fn plan(
        workspace: &Workspace,
        slots: &[Scratch],
        exercises: &[&'e Exercise],
    ) -> Result<Self> {
        let sets = dependency_sets(workspace, exercises)?;
        let mut warmup = Self {
            with_dependencies: sets.values().flatten().map(|e| e.id.clone()).collect(),
            builder: None,
            cold: slots.iter().map(|slot| !is_warm(slot)).collect(),
            done: OnceLock::new(),
        };
        let nothing_to_share = slots.len() < 2 || !warmup.cold.iter().any(|&cold| cold);
        if nothing_to_share || sets.is_empty() {
            warmup.cold.fill(false);
            let _ = warmup.done.set(false);
        } else if let Some(warm) = warmup.cold.iter().position(|&cold| !cold) {
            for (index, slot) in slots.iter().enumerate() {
                if warmup.cold[index] {
                    copy_built(&debug_dir(&slots[warm]), &debug_dir(slot))?;
                }
            }
            warmup.cold.fill(false);
            let _ = warmup.done.set(true);
        } else {
            println!(
                "building the dependencies of {} sets of exercises once, for {} slots",
                sets.len(),
                slots.len()
            );
            warmup.cold[0] = false;
            let representatives = sets.values().map(|set| set[0]).collect();
            warmup.builder = Some((0, representatives));
        }
        Ok(warmup)
    }

    /// Whether `exercise` needs dependencies a cold slot does not have yet.
    pub fn needs_dependencies(&self, exercise: &Exercise) -> bool {
        self.with_dependencies.contains(&exercise.id)
    }

    /// Whether slot `index` may only take exercises without dependencies
    /// for now.
    pub fn is_cold(&self, index: usize) -> bool {
        self.cold[index]
    }

    /// In slot `index`'s thread, before it checks anything: the builder
    /// builds, and says when it is done, whatever happened.
    pub fn build_if_builder(&self, workspace: &Workspace, index: usize, slot: &Scratch) {
        let Some((builder, representatives)) = &self.builder else {
            return;
        };
        if *builder != index {
            return;
        }
        let built = representatives
            .iter()
            .all(|exercise| build_tests(workspace, slot, exercise).is_ok())
            // A still picture: this slot goes on building in its own target.
            && copy_built(&debug_dir(slot), &snapshot_dir(slot)).is_ok();
        let _ = self.done.set(built);
    }

    /// Waits for the builder, then copies its build into `slot`.
    pub fn copy_when_built(&self, slots: &[Scratch], slot: &Scratch) -> Result<()> {
        let built = *self.done.wait();
        match &self.builder {
            Some((builder, _)) if built => {
                copy_built(&snapshot_dir(&slots[*builder]), &debug_dir(slot))
            }
            // A failed build leaves each slot to build what it needs.
            _ => Ok(()),
        }
    }

    /// Removes the builder's picture once every slot has its copy.
    pub fn finish(&self, slots: &[Scratch]) {
        if let Some((builder, _)) = &self.builder {
            let _ = std::fs::remove_dir_all(snapshot_dir(&slots[*builder]));
        }
    }
}

/// Where the builder keeps its dependencies as they were when it finished.
fn snapshot_dir(slot: &Scratch) -> PathBuf {
    slot.root.join("dependencies")
}

/// Copies what cargo keeps of built dependencies from one `target/debug`
/// (or picture of one) to another.
fn copy_built(from: &std::path::Path, to: &std::path::Path) -> Result<()> {
    for dir in BUILT {
        let source = from.join(dir);
        if source.is_dir() {
            crate::files::copy_tree_keeping_times(&source, &to.join(dir))?;
        }
    }
    Ok(())
}

fn debug_dir(slot: &Scratch) -> PathBuf {
    slot.root.join("target").join("debug")
}

fn is_warm(slot: &Scratch) -> bool {
    debug_dir(slot).join(".fingerprint").is_dir()
}

/// The exercises with dependencies, grouped by their dependency tables
/// (with features, as they decide what cargo builds).
fn dependency_sets<'e>(
    workspace: &Workspace,
    exercises: &[&'e Exercise],
) -> Result<BTreeMap<String, Vec<&'e Exercise>>> {
    let mut by_set: BTreeMap<String, Vec<&Exercise>> = BTreeMap::new();
    for exercise in exercises {
        let manifest =
            crate::manifest::read_toml(&workspace.root.join(&exercise.dir).join("Cargo.toml"))?;
        let tables: Vec<String> = ["dependencies", "dev-dependencies", "features"]
            .iter()
            .filter_map(|table| manifest.get(*table))
            .map(ToString::to_string)
            .collect();
        if !tables.is_empty() {
            by_set.entry(tables.join("\n")).or_default().push(exercise);
        }
    }
    Ok(by_set)
}

/// The test build of the exercise's shipped state: its dependencies are
/// what is wanted; whether its own code compiles does not matter here.
fn build_tests(workspace: &Workspace, slot: &Scratch, exercise: &Exercise) -> Result<()> {
    let copy = slot.prepare(workspace, exercise, State::Shipped)?;
    let args = crate::judge::test_build_args(&copy, exercise, &copy.root.join(&exercise.dir));
    std::process::Command::new(crate::cargo::cargo_program())
        .args(&args)
        .arg("--quiet")
        .current_dir(&copy.root)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .with_context(|| format!("cannot run cargo in {}", copy.root.display()))?;
    Ok(())
}
