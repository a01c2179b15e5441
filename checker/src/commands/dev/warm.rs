//! Dependencies built once for every scratch slot. Each slot has a target
//! directory of its own (so checks in parallel never wait for each other's
//! cargo lock), and on a clean clone each would compile tokio, syn and
//! trybuild's dependencies again. Instead, one slot builds them first, once
//! for each distinct set of dependencies among the exercises, and the other
//! slots start from a copy of its build.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::catalogue::Exercise;
use crate::scratch::{Scratch, State};
use crate::workspace::Workspace;

/// What cargo keeps of built dependencies, inside `target/debug`.
const BUILT: [&str; 3] = ["deps", "build", ".fingerprint"];

/// Gives every cold slot the dependencies `exercises` need: built in a warm
/// slot if there is one, else in the first slot, then copied. Nothing to
/// do with a single slot, or when every slot has built before.
pub fn warm(workspace: &Workspace, slots: &[Scratch], exercises: &[&Exercise]) -> Result<()> {
    let cold: Vec<&Scratch> = slots.iter().filter(|slot| !is_warm(slot)).collect();
    if slots.len() < 2 || cold.is_empty() {
        return Ok(());
    }
    let source = match slots.iter().find(|slot| is_warm(slot)) {
        Some(warm) => warm,
        None => {
            let first = &slots[0];
            let sets = representatives(workspace, exercises)?;
            if !sets.is_empty() {
                // Silence this long would look like a hang.
                println!(
                    "building the dependencies of {} sets of exercises once, for {} slots",
                    sets.len(),
                    slots.len()
                );
            }
            for exercise in sets {
                build_tests(workspace, first, exercise)?;
            }
            first
        }
    };
    for slot in cold.iter().filter(|slot| slot.root != source.root) {
        for dir in BUILT {
            let from = debug_dir(source).join(dir);
            if from.is_dir() {
                crate::files::copy_tree_keeping_times(&from, &debug_dir(slot).join(dir))?;
            }
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

/// One exercise for each distinct set of dependency tables (with features,
/// as they decide what cargo builds), leaving out exercises without any.
fn representatives<'e>(
    workspace: &Workspace,
    exercises: &[&'e Exercise],
) -> Result<Vec<&'e Exercise>> {
    let mut by_set: BTreeMap<String, &Exercise> = BTreeMap::new();
    for exercise in exercises {
        let manifest =
            crate::manifest::read_toml(&workspace.root.join(&exercise.dir).join("Cargo.toml"))?;
        let tables: Vec<String> = ["dependencies", "dev-dependencies", "features"]
            .iter()
            .filter_map(|table| manifest.get(*table))
            .map(ToString::to_string)
            .collect();
        if !tables.is_empty() {
            by_set.entry(tables.join("\n")).or_insert(exercise);
        }
    }
    Ok(by_set.into_values().collect())
}

/// The test build of the exercise's shipped state: its dependencies are
/// what is wanted; whether its own code compiles does not matter here.
fn build_tests(workspace: &Workspace, slot: &Scratch, exercise: &Exercise) -> Result<()> {
    let copy = slot.prepare(workspace, exercise, State::Shipped)?;
    let exercise_dir = copy.root.join(&exercise.dir);
    let mut args: Vec<String> = vec![
        "test".into(),
        "--no-run".into(),
        "--quiet".into(),
        "-p".into(),
        exercise.package.clone(),
    ];
    args.extend(crate::judge::test_targets(&exercise_dir));
    std::process::Command::new(crate::cargo::cargo_program())
        .args(&args)
        .current_dir(&copy.root)
        .env("CARGO_TARGET_DIR", &copy.target_dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .with_context(|| format!("cannot run cargo in {}", copy.root.display()))?;
    Ok(())
}
