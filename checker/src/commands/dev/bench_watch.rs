//! `checker dev bench --watch`: save-to-verdict in watch mode, read from its
//! JSON lines, beside the one-shot `checker verify` of the same exercise.
//! Runs on a scratch copy (the solution overlaid) that has a catalogue of
//! its own, so the learner's files are never touched.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use super::bench::median;
use crate::catalogue::{Catalogue, Exercise};
use crate::scratch::{Scratch, State};
use crate::workspace::Workspace;

/// Long enough for a warm build: the hanging test is running by then.
const HANG_START: Duration = Duration::from_millis(2500);

/// Longer than any check of a warm exercise.
const LINE_WAIT: Duration = Duration::from_secs(120);

pub fn run(workspace: &Workspace, names: &[String], runs: usize) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    // Watch works on one copy while verify runs on another, so the two are
    // timed side by side, and verify's saves never wake watch.
    let watch_slot = Scratch::claim(workspace, "bench-watch")?;
    let verify_slot = Scratch::claim(workspace, "bench-verify")?;
    let checker = std::env::current_exe().context("cannot find the checker's own binary")?;
    println!(
        "{:<24} {:>12} {:>14} {:>12} {:>9} {:>14}   (median of {runs} saves)",
        "exercise", "watch ms", "diagnostics ms", "verify ms", "delta ms", "after hang ms"
    );
    for exercise in super::chosen(&catalogue, names)? {
        let watched = copy(workspace, &watch_slot, exercise)?;
        let verified = copy(workspace, &verify_slot, exercise)?;
        let solution = std::fs::read_to_string(&watched.file)
            .with_context(|| format!("cannot read {}", watched.file.display()))?;
        // Warm: verify's copy builds once before the timed runs.
        time_verify(&checker, &verified.root, exercise)?;

        let watch = Watch::start(&checker, &watched.root)?;
        let first = watch.next_status()?;
        if first != "solved" {
            bail!(
                "{}: the solution is not solved in watch ({first})",
                exercise.id
            );
        }
        let mut verdicts = Vec::new();
        let mut diagnostics = Vec::new();
        let mut verify = Vec::new();
        let mut after_hang = Vec::new();
        for run in 0..runs {
            // Every save changes the content, as a learner's does.
            verdicts.push(watch.time_save(
                &watched.file,
                &format!("{solution}\n// run {run}\n"),
                "solved",
            )?);
            std::fs::write(&verified.file, format!("{solution}\n// run {run}\n"))?;
            verify.push(time_verify(&checker, &verified.root, exercise)?);
            // A type error: the time to the first compiler diagnostics.
            let broken = format!("{solution}\nconst _: () = 1; // run {run}\n");
            diagnostics.push(watch.time_save(&watched.file, &broken, "compile_error")?);
            // A test that never ends, then the fix saved while it runs: the
            // time from the fix to its verdict, however long the hang's limit.
            let hanging = format!(
                "{solution}\n#[cfg(test)]\nmod hang {{\n    #[test]\n    fn hangs() {{\n        loop {{\n            std::hint::spin_loop();\n        }}\n    }}\n}} // run {run}\n"
            );
            std::fs::write(&watched.file, hanging)?;
            std::thread::sleep(HANG_START);
            after_hang.push(watch.time_save_now(
                &watched.file,
                &format!("{solution}\n// fixed {run}\n"),
                "solved",
            )?);
        }
        drop(watch);

        let (watch_ms, diagnostics_ms, verify_ms, hang_ms) = (
            millis(median(&mut verdicts)),
            millis(median(&mut diagnostics)),
            millis(median(&mut verify)),
            millis(median(&mut after_hang)),
        );
        println!(
            "{:<24} {watch_ms:>12.0} {diagnostics_ms:>14.0} {verify_ms:>12.0} {:>+9.0} {hang_ms:>14.0}",
            exercise.name,
            watch_ms - verify_ms
        );
    }
    Ok(0)
}

/// A scratch copy with the solution in place and a catalogue of its own.
struct Copy {
    root: PathBuf,
    /// The learner's (first) file in it.
    file: PathBuf,
}

fn copy(workspace: &Workspace, slot: &Scratch, exercise: &Exercise) -> Result<Copy> {
    let scratch = slot.prepare(workspace, exercise, State::Solution)?;
    slot.write_catalogue(workspace, exercise)?;
    let _ = std::fs::remove_dir_all(scratch.state_dir());
    Ok(Copy {
        file: scratch.root.join(&exercise.dir).join(&exercise.files[0]),
        root: scratch.root,
    })
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// `checker watch --json` on the scratch copy, its lines read by a thread.
struct Watch {
    child: Child,
    lines: Receiver<String>,
}

impl Watch {
    fn start(checker: &Path, root: &Path) -> Result<Self> {
        let mut child = Command::new(checker)
            .args(["watch", "--json", "--root"])
            .arg(root)
            .env_remove("CARGO_TARGET_DIR")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .context("cannot start checker watch")?;
        let stdout = child.stdout.take().context("watch's stdout")?;
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Ok(Self { child, lines })
    }

    fn next_status(&self) -> Result<String> {
        let line = self
            .lines
            .recv_timeout(LINE_WAIT)
            .context("watch gave no verdict in time")?;
        let verdict: serde_json::Value = serde_json::from_str(&line)?;
        Ok(verdict["status"].as_str().unwrap_or_default().to_string())
    }

    /// Writes `contents` and times until the verdict line arrives.
    fn time_save(&self, file: &Path, contents: &str, expected: &str) -> Result<Duration> {
        // Let the previous check's file events die down first.
        std::thread::sleep(Duration::from_millis(300));
        self.time_save_now(file, contents, expected)
    }

    /// `time_save` while a check runs: its verdict never comes, only the new one.
    fn time_save_now(&self, file: &Path, contents: &str, expected: &str) -> Result<Duration> {
        let started = Instant::now();
        std::fs::write(file, contents)?;
        let status = self.next_status()?;
        let elapsed = started.elapsed();
        if status != expected {
            bail!("expected {expected} from watch, got {status}");
        }
        Ok(elapsed)
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        // SIGTERM, so watch stops what it runs before it goes.
        crate::platform::terminate(self.child.id());
        let _ = self.child.wait();
    }
}

fn time_verify(checker: &Path, root: &Path, exercise: &Exercise) -> Result<Duration> {
    let started = Instant::now();
    let status = Command::new(checker)
        .args(["verify", "--root"])
        .arg(root)
        .arg(&exercise.name)
        .env_remove("CARGO_TARGET_DIR")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .context("cannot run checker verify")?;
    let elapsed = started.elapsed();
    if !status.success() {
        bail!("{}: checker verify did not solve the solution", exercise.id);
    }
    Ok(elapsed)
}
