//! Compiles each case with rustc directly, against the library and the
//! dependencies the test build has just left in the target directory: no
//! second cargo run, no second build of the learner's crate. A must-fail
//! case is only type- and borrow-checked (no code generated, nothing
//! linked); a must-pass case becomes a program to run.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};

use super::cases::{Case, CaseBuild};
use crate::cargo::{self, BuildReport, Library};
use crate::catalogue::Exercise;
use crate::verdict::CaseKind;
use crate::workspace::Workspace;

/// The crates a case may name, `--extern name=file`, and where rustc finds
/// what they depend on.
#[derive(Debug, Clone)]
pub struct Externs {
    /// The exercise's edition, which trybuild gives its cases too.
    pub edition: &'static str,
    pub crates: Vec<(String, PathBuf)>,
    pub search_dir: PathBuf,
}

/// The exercise's own library and its dependencies and dev-dependencies (as
/// trybuild gives a case), found among the libraries of the test build. The
/// library is built first if the test build did not need it (an exercise
/// with unit tests only).
pub fn externs(
    workspace: &Workspace,
    exercise: &Exercise,
    report: &BuildReport,
    env: cargo::Env,
) -> Result<Externs> {
    let exercise_dir = workspace.root.join(&exercise.dir);
    let manifest = exercise_dir.join("Cargo.toml");
    let own = |libraries: &[Library]| {
        libraries
            .iter()
            .find(|library| super::cases::same_file(&library.manifest_path, &manifest))
            .cloned()
    };
    let library = match own(&report.libraries) {
        Some(library) => library,
        None => {
            let built = cargo::build(
                &workspace.root,
                &[
                    "build",
                    "--lib",
                    "--manifest-path",
                    &workspace.root.join("Cargo.toml").to_string_lossy(),
                    "--target-dir",
                    &workspace.target_dir.to_string_lossy(),
                    "-p",
                    &exercise.package,
                ],
                env,
                cargo::Output::default(),
            )?;
            own(&built.libraries).with_context(|| {
                format!(
                    "cargo built no library for {}: must-pass and must-fail cases need one",
                    exercise.package
                )
            })?
        }
    };
    let search_dir = library
        .file
        .parent()
        .context("the library has no directory")?
        .to_path_buf();
    let mut crates = vec![(library.crate_name.clone(), library.file.clone())];
    for (name, spec) in crate::manifest::exercise_dependencies(&exercise_dir)? {
        let package = spec
            .get("package")
            .and_then(toml::Value::as_str)
            .unwrap_or(&name)
            .to_string();
        let candidates: Vec<&Library> = report
            .libraries
            .iter()
            .filter(|library| library.package == package)
            .collect();
        let chosen = match candidates.as_slice() {
            [] => continue, // an optional dependency this build leaves out
            [only] => *only,
            several => {
                let requested = requested_features(&workspace.root, &name, &spec)?;
                choose(workspace, exercise, &package, &requested, several)?
            }
        };
        crates.push((name.replace('-', "_"), chosen.file.clone()));
    }
    Ok(Externs {
        edition: library.edition,
        crates,
        search_dir,
    })
}

/// One of several builds of a dependency. Another version elsewhere in the
/// graph: Cargo.lock says which one the exercise uses. The same version
/// built twice, once for the exercise and once for the procedural macros
/// its dependencies run: the exercise's build has every feature it asks for
/// (and, if both do, every feature of the other).
fn choose<'l>(
    workspace: &Workspace,
    exercise: &Exercise,
    package: &str,
    requested: &[String],
    several: &[&'l Library],
) -> Result<&'l Library> {
    let version = match locked_version(&workspace.root, &exercise.package, package)? {
        Some(version) => version,
        None => several[0].version.clone(),
    };
    // A feature none of the builds has (`default` of a crate without one)
    // tells nothing.
    let requested: Vec<&String> = requested
        .iter()
        .filter(|f| several.iter().any(|library| library.features.contains(f)))
        .collect();
    let same: Vec<&Library> = several
        .iter()
        .copied()
        .filter(|library| library.version == version)
        .filter(|library| requested.iter().all(|f| library.features.contains(*f)))
        .collect();
    let widest = same.iter().copied().find(|wide| {
        same.iter()
            .all(|other| other.features.iter().all(|f| wide.features.contains(f)))
    });
    match widest {
        Some(library) => Ok(library),
        None => bail!(
            "cannot tell which build of {package} {version} {} uses: its builds have different features",
            exercise.package
        ),
    }
}

/// The features a dependency entry asks for, with what the workspace's
/// table adds to a `workspace = true` entry, and `default` unless the
/// defining entry turns default features off.
fn requested_features(root: &Path, name: &str, spec: &toml::Value) -> Result<Vec<String>> {
    let inherits = spec.get("workspace").and_then(toml::Value::as_bool) == Some(true);
    let root_manifest = if inherits {
        Some(crate::manifest::read_toml(&root.join("Cargo.toml"))?)
    } else {
        None
    };
    let inherited = root_manifest
        .as_ref()
        .and_then(|m| m.get("workspace")?.get("dependencies")?.get(name));
    let specs: Vec<&toml::Value> = [Some(spec), inherited].into_iter().flatten().collect();
    let mut features: Vec<String> = specs
        .iter()
        .filter_map(|s| s.get("features").and_then(toml::Value::as_array))
        .flatten()
        .filter_map(toml::Value::as_str)
        .map(str::to_string)
        .collect();
    let defaults_off = specs.last().is_some_and(|s| {
        ["default-features", "default_features"]
            .iter()
            .any(|key| s.get(key).and_then(toml::Value::as_bool) == Some(false))
    });
    if !defaults_off {
        features.push("default".into());
    }
    Ok(features)
}

/// The version of `dependency` that Cargo.lock gives `package`, when several
/// are in the graph (the lock then writes `name version`).
fn locked_version(root: &Path, package: &str, dependency: &str) -> Result<Option<String>> {
    let lock = crate::manifest::read_toml(&root.join("Cargo.lock"))?;
    let entry = lock
        .get("package")
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .find(|entry| entry.get("name").and_then(toml::Value::as_str) == Some(package));
    let dependencies = entry
        .and_then(|entry| entry.get("dependencies"))
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(toml::Value::as_str);
    for text in dependencies {
        let mut words = text.split_whitespace();
        if words.next() == Some(dependency) {
            return Ok(words.next().map(str::to_string));
        }
    }
    Ok(None)
}

/// Where the cases' outputs go.
pub fn output_dir(workspace: &Workspace, exercise: &Exercise) -> PathBuf {
    workspace
        .generated_dir()
        .join("cases")
        .join(&exercise.package)
}

/// The rustc command that compiles `case`; its JSON diagnostics go to stderr.
pub fn command(case: &Case, externs: &Externs, out_dir: &Path, color: bool) -> Command {
    let mut command = Command::new(cargo::rustc_program());
    command
        .arg("--crate-name")
        .arg(case.bin_name())
        .arg(format!("--edition={}", externs.edition))
        .arg("--crate-type=bin")
        .arg("--error-format=json");
    if color {
        command.arg("--json=diagnostic-rendered-ansi");
    }
    match case.kind {
        // Every error a misuse can meet is found before code generation.
        CaseKind::MustFail => {
            command
                .arg("--emit=metadata")
                .arg("-o")
                .arg(out_dir.join(format!("lib{}.rmeta", case.bin_name())));
        }
        CaseKind::MustPass => {
            command
                .args(["-C", "strip=debuginfo", "-C", "embed-bitcode=no", "-o"])
                .arg(out_dir.join(case.bin_name()));
        }
    }
    let mut search = OsString::from("dependency=");
    search.push(&externs.search_dir);
    command.arg("-L").arg(search);
    for (name, file) in &externs.crates {
        let mut value = OsString::from(format!("{name}="));
        value.push(file);
        command.arg("--extern").arg(value);
    }
    command.arg(&case.path);
    command
}

/// Compiles every case, a few at a time, in the order given.
pub fn build_all(
    cases: &[Case],
    externs: &Externs,
    out_dir: &Path,
    color: bool,
) -> Result<Vec<CaseBuild>> {
    std::fs::create_dir_all(out_dir)
        .with_context(|| format!("cannot create {}", out_dir.display()))?;
    let builds =
        crate::process::side_by_side(cases, |case| build_one(case, externs, out_dir, color))?;
    // A build cancelled while it ran was killed: its result means nothing.
    if crate::process::check_cancelled() {
        return Err(crate::process::Cancelled.into());
    }
    Ok(builds)
}

fn build_one(case: &Case, externs: &Externs, out_dir: &Path, color: bool) -> Result<CaseBuild> {
    let mut command = command(case, externs, out_dir, color);
    command
        .current_dir(out_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    // In a group of its own, so a cancelled check stops it too.
    let child = crate::process::spawn_in_own_group(&mut command)
        .context("cannot start rustc to compile a case")?;
    let id = child.id();
    let output = child.wait_with_output();
    crate::process::forget_group(id);
    let output = output.context("rustc did not finish compiling a case")?;
    let mut errors = Vec::new();
    let stderr = String::from_utf8_lossy(&output.stderr);
    for line in stderr.lines().filter(|line| line.starts_with('{')) {
        let Ok(message) = serde_json::from_str::<cargo_metadata::diagnostic::Diagnostic>(line)
        else {
            continue;
        };
        if let Some(diagnostic) = cargo::diagnostic(out_dir, &case.bin_name(), message)
            && diagnostic.level == cargo::Level::Error
        {
            errors.push(diagnostic);
        }
    }
    let compiled = output.status.success();
    if !compiled && errors.is_empty() {
        // rustc stopped without a diagnostic: crashed, or could not start.
        let said: Vec<&str> = stderr.lines().rev().take(6).collect();
        bail!(
            "rustc failed on {} without an error message: {}",
            case.path.display(),
            said.into_iter().rev().collect::<Vec<_>>().join("\n")
        );
    }
    Ok(CaseBuild {
        executable: (compiled && case.kind == CaseKind::MustPass)
            .then(|| out_dir.join(case.bin_name())),
        errors,
        compiled,
    })
}
