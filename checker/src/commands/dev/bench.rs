//! `checker dev bench`: the time from a touched file to the final verdict,
//! beside the plainest cargo commands doing the same work (the floor).
//! Runs on scratch copies with the solution overlaid.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::cargo::cargo_program;
use crate::catalogue::{Catalogue, Exercise};
use crate::judge::{Judge, test_build_args, test_targets};
use crate::judge::{case_build, cases};
use crate::scratch::{Scratch, State};
use crate::seal::Seal;
use crate::workspace::Workspace;

pub fn run(workspace: &Workspace, names: &[String], runs: usize) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let seal = Seal::load(workspace)?;
    let slot = Scratch::claim(workspace, "bench")?;
    println!(
        "{:<24} {:>12} {:>12} {:>7} {:>10}   (median of {runs} runs after a touch)",
        "exercise", "checker ms", "floor ms", "ratio", "rules +ms"
    );
    let mut timed = Vec::new();
    for exercise in super::chosen(&catalogue, names)? {
        let scratch = slot.prepare(workspace, exercise, State::Solution)?;
        let judge = Judge::quiet(&scratch, &seal);
        // Warm up both paths: dependencies, the library the cases use.
        let warm = judge.judge(exercise)?;
        if !warm.solved() {
            bail!(
                "{}: the solution is not solved, so there is nothing to time",
                exercise.id
            );
        }
        let cases = FloorCases::find(&scratch, exercise)?;
        floor_once(&scratch, exercise, &cases)?;

        // The same exercise without its rules: what the rules cost.
        let unruled = (!exercise.rules.is_empty()).then(|| Exercise {
            rules: Vec::new(),
            ..exercise.clone()
        });
        if let Some(unruled) = &unruled {
            judge.judge(unruled)?;
        }

        let mut checker = Vec::new();
        let mut floor = Vec::new();
        let mut without_rules = Vec::new();
        for _ in 0..runs {
            touch(&scratch, exercise)?;
            let started = Instant::now();
            judge.judge(exercise)?;
            checker.push(started.elapsed());

            touch(&scratch, exercise)?;
            let started = Instant::now();
            floor_once(&scratch, exercise, &cases)?;
            floor.push(started.elapsed());

            if let Some(unruled) = &unruled {
                touch(&scratch, exercise)?;
                let started = Instant::now();
                judge.judge(unruled)?;
                without_rules.push(started.elapsed());
            }
        }
        let (checker, floor) = (median(&mut checker), median(&mut floor));
        let rules = if without_rules.is_empty() {
            "-".to_string()
        } else {
            let cost = checker.as_secs_f64() - median(&mut without_rules).as_secs_f64();
            format!("{:+.0}", cost * 1000.0)
        };
        println!(
            "{:<24} {:>12.0} {:>12.0} {:>6.2}x {rules:>10}",
            exercise.name,
            checker.as_secs_f64() * 1000.0,
            floor.as_secs_f64() * 1000.0,
            checker.as_secs_f64() / floor.as_secs_f64()
        );
        timed.push((exercise.name.clone(), checker));
    }
    // The learner's inner loop has a budget: say what breaks it.
    timed.sort_by_key(|(_, time)| std::cmp::Reverse(*time));
    if let Some((name, time)) = timed.first() {
        let over: Vec<String> = timed
            .iter()
            .filter(|(_, time)| *time > VERDICT_BUDGET)
            .map(|(name, time)| format!("{name} {:.0} ms", time.as_secs_f64() * 1000.0))
            .collect();
        println!(
            "slowest: {name} {:.0} ms; over the {} ms budget: {}",
            time.as_secs_f64() * 1000.0,
            VERDICT_BUDGET.as_millis(),
            if over.is_empty() {
                "none".to_string()
            } else {
                over.join(", ")
            }
        );
    }
    Ok(0)
}

/// A solved verdict after a touch, on a quiet two-core machine.
const VERDICT_BUDGET: Duration = Duration::from_millis(500);

/// Marks the learner's first file as modified, the way a save does.
fn touch(scratch: &Workspace, exercise: &Exercise) -> Result<()> {
    let path = scratch.root.join(&exercise.dir).join(&exercise.files[0]);
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    file.set_modified(std::time::SystemTime::now())?;
    Ok(())
}

/// The cases and what rustc needs to compile them, found once before the
/// timing: where cargo puts the libraries does not change between builds.
struct FloorCases {
    cases: Vec<cases::Case>,
    externs: Option<case_build::Externs>,
}

impl FloorCases {
    fn find(scratch: &Workspace, exercise: &Exercise) -> Result<Self> {
        let exercise_dir = scratch.root.join(&exercise.dir);
        let cases = cases::discover(&exercise_dir, &exercise.dir)?;
        if cases.is_empty() {
            return Ok(Self {
                cases,
                externs: None,
            });
        }
        let report = crate::cargo::build(
            &scratch.root,
            &test_build_args(scratch, exercise, &exercise_dir),
            &[],
            crate::cargo::Output::default(),
        )?;
        let externs = case_build::externs(scratch, exercise, &report, &[])?;
        Ok(Self {
            cases,
            externs: Some(externs),
        })
    }
}

/// The same work with plain commands: `cargo test` of the unit and
/// integration tests, then each case compiled by one rustc (there is no
/// plainer way to compile a program against the crate) and each must-pass
/// program run.
fn floor_once(scratch: &Workspace, exercise: &Exercise, found: &FloorCases) -> Result<()> {
    let exercise_dir = scratch.root.join(&exercise.dir);
    let mut test = Command::new(cargo_program());
    test.current_dir(&scratch.root)
        .env("CARGO_TARGET_DIR", &scratch.target_dir)
        .args(["test", "-q", "-p", &exercise.package])
        .args(test_targets(&exercise_dir));
    quiet(&mut test)?;

    let Some(externs) = &found.externs else {
        return Ok(());
    };
    let out_dir = case_build::output_dir(scratch, exercise);
    for case in &found.cases {
        let mut compile = case_build::command(case, externs, &out_dir, false);
        // Must-fail cases fail to compile: that is their point.
        let _ = compile
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()?;
        if case.kind == crate::verdict::CaseKind::MustPass {
            quiet(Command::new(out_dir.join(case.bin_name())).current_dir(&exercise_dir))?;
        }
    }
    Ok(())
}

fn quiet(command: &mut Command) -> Result<()> {
    let status = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .context("cannot run a floor command")?;
    if !status.success() {
        bail!("a floor command failed: {command:?}");
    }
    Ok(())
}

pub(super) fn median(samples: &mut [Duration]) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}
