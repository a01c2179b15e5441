//! `checker dev init PATH`: a new exercise-set repository that the same
//! checker runs, without forking this one: a workspace with the dependency
//! table and profiles exercises expect, an empty catalogue with one topic, a
//! seal, a README with the learner's two commands, CI, and editor settings.
//! `dev new` then adds exercises to it.

use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::seal::Seal;

/// This repository's own manifest: the dependency table and profiles its
/// exercises are built with, which a new set starts from.
const OWN_MANIFEST: &str = include_str!("../../../../Cargo.toml");

pub fn run(path: &Path) -> Result<u8> {
    if path.join("info.toml").exists() || path.join("Cargo.toml").exists() {
        bail!(
            "{} already holds a Cargo.toml or info.toml; nothing was overwritten",
            path.display()
        );
    }
    let files = [
        ("Cargo.toml", manifest()?),
        (
            "info.toml",
            CATALOGUE.replace("{checker}", env!("CARGO_PKG_VERSION")),
        ),
        (crate::seal::SEAL_FILE, Seal::default().render()?),
        (
            "README.md",
            README.replace("{checker}", env!("CARGO_PKG_VERSION")),
        ),
        (
            ".ci/run",
            CI.replace("{checker}", env!("CARGO_PKG_VERSION")),
        ),
        (".gitignore", "/target\n/.checker\n".to_string()),
        (".vscode/settings.json", EDITOR.to_string()),
        ("exercises/01_basics/.gitkeep", String::new()),
        ("solutions/01_basics/.gitkeep", String::new()),
    ];
    let support = SUPPORT_FILES
        .iter()
        .map(|(relative, contents)| (format!("{SUPPORT_DIR}/{relative}"), contents.to_string()));
    let files: Vec<(String, String)> = files
        .into_iter()
        .map(|(relative, contents)| (relative.to_string(), contents))
        .chain(support)
        .collect();
    for (relative, contents) in &files {
        let target = path.join(relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&target, contents)
            .with_context(|| format!("cannot write {}", target.display()))?;
    }
    set_executable(&path.join(".ci/run"))?;
    println!("created an exercise set in {}", path.display());
    println!(
        "next: cd {} && git init && checker dev new 01_basics first_exercise",
        path.display()
    );
    Ok(0)
}

/// The workspace: every exercise a member, this repository's dependency
/// table (pinned once, less the checker's own tools), its profiles and its
/// minimum Rust.
fn manifest() -> Result<String> {
    let own: toml::Table = OWN_MANIFEST
        .parse()
        .context("the checker's own manifest does not parse")?;
    let checker: toml::Table = CHECKER_MANIFEST
        .parse()
        .context("the checker's manifest does not parse")?;
    let tools: Vec<&String> = checker
        .get("dependencies")
        .and_then(toml::Value::as_table)
        .map(|deps| {
            deps.keys()
                .filter(|name| !SHARED.contains(&name.as_str()))
                .collect()
        })
        .unwrap_or_default();
    let workspace = own.get("workspace").and_then(toml::Value::as_table);
    let rust_version = workspace
        .and_then(|w| w.get("package"))
        .and_then(|p| p.get("rust-version"))
        .and_then(toml::Value::as_str)
        .unwrap_or(env!("CARGO_PKG_RUST_VERSION"));
    let mut text = format!(
        "[workspace]\nresolver = \"3\"\nmembers = [\"{SUPPORT_DIR}\", \"exercises/*/*\"]\n\n[workspace.package]\nedition = \"2024\"\nrust-version = \"{rust_version}\"\npublish = false\n\n"
    );
    text.push_str(
        "# Every version is pinned once, here. Exercises inherit with `name.workspace = true`.\n[workspace.dependencies]\n",
    );
    let dependencies: toml::Table = workspace
        .and_then(|w| w.get("dependencies"))
        .and_then(toml::Value::as_table)
        .map(|deps| {
            deps.iter()
                .filter(|(name, _)| !tools.contains(name))
                .map(|(name, spec)| (name.clone(), spec.clone()))
                .collect()
        })
        .unwrap_or_default();
    for (name, spec) in &dependencies {
        // One line each, as a person writes them.
        if name == crate::manifest::SUPPORT_CRATE {
            text.push_str(&format!("{name} = {{ path = \"{SUPPORT_DIR}\" }}\n"));
        } else {
            text.push_str(&format!("{name} = {spec}\n"));
        }
    }
    if let Some(profile) = own.get("profile") {
        let mut profiles = toml::Table::new();
        profiles.insert("profile".into(), profile.clone());
        text.push('\n');
        text.push_str(&toml::to_string(&profiles).context("cannot write the manifest")?);
    }
    Ok(text)
}

/// Where a new set keeps its copy of the tests' support crate.
const SUPPORT_DIR: &str = "support";

/// The support crate, copied into every new set: its exercises' tests use
/// it as this repository's do.
const SUPPORT_FILES: &[(&str, &str)] = &[
    ("Cargo.toml", include_str!("../../../support/Cargo.toml")),
    ("src/lib.rs", include_str!("../../../support/src/lib.rs")),
    (
        "src/alloc.rs",
        include_str!("../../../support/src/alloc.rs"),
    ),
    (
        "src/check.rs",
        include_str!("../../../support/src/check.rs"),
    ),
    (
        "src/inputs.rs",
        include_str!("../../../support/src/inputs.rs"),
    ),
    (
        "src/shape.rs",
        include_str!("../../../support/src/shape.rs"),
    ),
    (
        "src/tasks.rs",
        include_str!("../../../support/src/tasks.rs"),
    ),
    (
        "src/threads.rs",
        include_str!("../../../support/src/threads.rs"),
    ),
];

/// The checker's manifest: its own dependencies are tools, not what
/// exercises build with (but for the few both use).
const CHECKER_MANIFEST: &str = include_str!("../../../Cargo.toml");
const SHARED: &[&str] = &[
    "anyhow",
    "serde",
    "serde_json",
    "thiserror",
    "libc",
    "syn",
    "proc-macro2",
];

#[cfg(unix)]
fn set_executable(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
        .with_context(|| format!("cannot make {} executable", path.display()))
}

#[cfg(not(unix))]
fn set_executable(_: &Path) -> Result<()> {
    Ok(())
}

const CATALOGUE: &str = r#"# The catalogue: topics, then exercises in learning order. `checker dev new
# TOPIC NAME` adds an exercise; the checker's README ("For instructors")
# describes every key.
format_version = 1
# The oldest checker that judges this set as it was proven: an older one
# refuses it instead of judging it by rules it does not know.
checker = "{checker}"

[[topics]]
dir = "01_basics"
title = "Basics"
family = "ownership"          # ownership, types, errors, concurrency, unsafe, std, coding
"#;

const README: &str = r#"# Exercises

Small Rust crates, one per exercise, judged by the interview checker on
every save: compiler errors, tests, must-pass and must-fail cases, and the
rules each lesson imposes.

## Start

Install the checker once, version {checker} or newer (`checker = "{checker}"` in
info.toml says so, and an older checker refuses the set): from a clone of its
repository, `cargo install --path checker`. Then, here:

```sh
checker watch
```

## What you practise

<!-- catalogue -->
<!-- /catalogue -->

## Test

The command CI runs (`.ci/run` reads it from the line below):

<!-- test-command -->
```sh
checker dev check
```

It proves every exercise: the shipped state fails as declared, the
solution passes everything, and every variant is judged as its kind says.

## For instructors

`checker dev new TOPIC NAME` scaffolds an exercise; `checker dev seal`
records the shipped files after an edit; `checker dev check NAME` proves
it. The checker's own README describes the anatomy of an exercise, the
catalogue, rules and variants.
"#;

const CI: &str = r#"#!/usr/bin/env bash
# CI: run the test command that README.md gives, on a clean clone.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v checker >/dev/null; then
  echo "the checker is not installed: cargo install --path <its repository>/checker (version {checker} or newer)" >&2
  exit 2
fi
command -v git >/dev/null || { apt-get update -q && apt-get install -y -q git; }
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt

# The test command is the fenced line after the marker in README.md.
command=$(awk '/<!-- test-command -->/ {found=1; next} found && /^```/ {fence++; next} found && fence==1 {print; exit}' README.md)
if [ -z "$command" ]; then
  echo "no test command found in README.md" >&2
  exit 2
fi
echo "+ $command"
eval "$command"
"#;

const EDITOR: &str = r#"{
    // rust-analyzer gets a target directory of its own, so it never waits
    // on, or invalidates, the checker's builds.
    "rust-analyzer.cargo.targetDir": true,
    // Check only the crate being edited.
    "rust-analyzer.check.workspace": false
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_set_gets_every_file_of_the_support_crate() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("support");
        let mut on_disk: Vec<String> = crate::seal::files_below(&dir)
            .expect("the support crate is readable")
            .iter()
            .map(|file| crate::seal::slash_path(file.strip_prefix(&dir).expect("below")))
            .filter(|file| file == "Cargo.toml" || file.starts_with("src/"))
            .collect();
        on_disk.sort();
        let mut copied: Vec<String> = SUPPORT_FILES.iter().map(|(f, _)| f.to_string()).collect();
        copied.sort();
        assert_eq!(
            copied, on_disk,
            "SUPPORT_FILES must list the support crate's files"
        );
    }

    #[test]
    fn a_new_sets_manifest_finds_its_support_crate() {
        let text = manifest().expect("a manifest");
        let manifest: toml::Table = text.parse().expect("it parses");
        let workspace = &manifest["workspace"];
        assert_eq!(
            workspace["dependencies"]["support"]["path"].as_str(),
            Some(SUPPORT_DIR)
        );
        let members = workspace["members"].as_array().expect("members");
        assert!(
            members.iter().any(|m| m.as_str() == Some(SUPPORT_DIR)),
            "{members:?}"
        );
    }
}
