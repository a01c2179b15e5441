//! `checker dev ...`: the instructors' tools.

mod bench;
mod bench_watch;
mod bless;
mod check;
mod init;
mod memo;
mod new;
mod outcomes;
mod proof;
mod readme;
mod try_file;
mod warm;

use anyhow::{Context, Result};
use clap::Subcommand;

use crate::catalogue::Catalogue;
use crate::seal::{SEAL_FILE, Seal};
use crate::workspace::Workspace;

#[derive(Subcommand)]
pub enum DevCommand {
    /// Prove every exercise: shipped state fails as declared, solution passes
    /// everything, on scratch copies.
    Check {
        /// Only these exercises (ids or names) or topics (their directories, such as 01_ownership).
        names: Vec<String>,
        /// Exercises checked at once (default: one more than the number of cores).
        #[arg(long)]
        jobs: Option<usize>,
        /// Judge everything again, even what passed before unchanged.
        #[arg(long)]
        fresh: bool,
        /// Also write the results as JUnit XML to this file, a test case per exercise.
        #[arg(long, value_name = "FILE")]
        junit: Option<std::path::PathBuf>,
    },
    /// Judge files as a learner's on a scratch copy of the shipped exercise
    /// (the solution when no file is given); the exercise is not touched.
    Try {
        /// The exercise (id or name).
        name: String,
        /// Files to judge in place of the learner's (named like the file they replace).
        files: Vec<std::path::PathBuf>,
        /// Print the verdict as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write what the judge reports into the exercise, showing the diff: the
    /// shipped state's `expect`, must-fail cases' `//~ ERROR` annotations
    /// that miss, lazy variants' `// expect:` heads.
    Bless {
        /// The exercise (id or name).
        name: String,
    },
    /// Record the shipped files' ids in shipped.toml (after editing an exercise).
    Seal,
    /// Create a new exercise-set repository that this checker runs.
    Init {
        /// The directory to create it in (empty or new).
        path: std::path::PathBuf,
    },
    /// Scaffold a new exercise: crate, solution file and info.toml entry.
    New {
        /// Topic directory, for example 01_ownership.
        topic: String,
        /// Exercise name, for example moves_and_clones.
        name: String,
        /// What the shipped state fails with: a compile error, a failing
        /// test, a misuse that compiles (a must-fail case), or a predict item.
        #[arg(long, value_enum, default_value_t)]
        kind: new::ExerciseKind,
    },
    /// Time the verdict after a touched file against plain cargo commands.
    Bench {
        /// Only these exercises (ids or names).
        names: Vec<String>,
        /// Timed runs per exercise.
        #[arg(long, default_value_t = 7)]
        runs: usize,
        /// Time saves in watch mode instead, beside one-shot `checker verify`.
        #[arg(long)]
        watch: bool,
    },
}

/// `dev init` works where there is no workspace yet.
pub fn run_outside_a_workspace(command: &DevCommand) -> Option<Result<u8>> {
    match command {
        DevCommand::Init { path } => Some(init::run(path)),
        _ => None,
    }
}

pub fn run(workspace: &Workspace, command: DevCommand) -> Result<u8> {
    match command {
        DevCommand::Check {
            names,
            jobs,
            fresh,
            junit,
        } => check::run(workspace, &names, jobs, fresh, junit.as_deref()),
        DevCommand::Seal => seal(workspace),
        DevCommand::Bless { name } => bless::run(workspace, &name),
        DevCommand::Try { name, files, json } => try_file::run(workspace, &name, &files, json),
        DevCommand::New { topic, name, kind } => new::run(workspace, &topic, &name, kind),
        DevCommand::Init { path } => init::run(&path),
        DevCommand::Bench { names, runs, watch } => {
            if runs == 0 {
                anyhow::bail!("--runs must be at least 1");
            }
            if watch {
                bench_watch::run(workspace, &names, runs)
            } else {
                bench::run(workspace, &names, runs)
            }
        }
    }
}

fn seal(workspace: &Workspace) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let seal = Seal::compute(workspace, &catalogue)?;
    let files: usize = seal.exercises.values().map(|ids| ids.len()).sum();
    crate::files::write_atomically(&workspace.root.join(SEAL_FILE), seal.render()?.as_bytes())?;
    if let Err(error) = store_blobs(workspace, &catalogue, &seal) {
        eprintln!("note: {error:#}; `git add` the exercises so verify and reset find them");
    }
    println!(
        "sealed {files} files of {} exercises in {SEAL_FILE}",
        seal.exercises.len()
    );
    if readme::write(workspace, &catalogue)? {
        println!("updated README.md's table of topics");
    }
    Ok(0)
}

/// Writes every sealed file into git's object store, so `verify` and `reset`
/// find the shipped versions before the instructor commits them.
fn store_blobs(workspace: &Workspace, catalogue: &Catalogue, seal: &Seal) -> Result<()> {
    let mut paths = String::new();
    for exercise in &catalogue.exercises {
        for file in seal
            .exercises
            .get(&exercise.id)
            .into_iter()
            .flat_map(|ids| ids.keys())
        {
            paths.push_str(&exercise.dir.join(file).to_string_lossy());
            paths.push('\n');
        }
    }
    let mut git = std::process::Command::new("git")
        // Raw bytes, as the seal hashes them: no line-ending filters.
        .args(["hash-object", "-w", "--no-filters", "--stdin-paths"])
        .current_dir(&workspace.root)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .context("cannot run git to store the sealed files")?;
    if let Some(mut stdin) = git.stdin.take() {
        use std::io::Write;
        stdin.write_all(paths.as_bytes())?;
    }
    let output = git.wait_with_output()?;
    if !output.status.success() {
        anyhow::bail!(
            "git could not store the sealed files: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(())
}

/// The exercises named (by id, name or topic directory), or all of them.
fn chosen<'c>(
    catalogue: &'c Catalogue,
    names: &[String],
) -> Result<Vec<&'c crate::catalogue::Exercise>> {
    if names.is_empty() {
        return Ok(catalogue.exercises.iter().collect());
    }
    let mut chosen = Vec::new();
    for name in names {
        let topic = name.trim_end_matches('/');
        let topic = topic.strip_prefix("exercises/").unwrap_or(topic);
        if catalogue.topic(topic).is_some() {
            chosen.extend(catalogue.exercises.iter().filter(|e| e.topic == topic));
        } else {
            chosen.push(catalogue.find(name)?);
        }
    }
    Ok(chosen)
}
