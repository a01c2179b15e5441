//! `checker watch` with stdout not a terminal: one JSON line per verdict.
//! Saves are made the ways real editors make them.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use common::Fixture;

const COMPILE_ERROR_LIB: &str = "exercises/01_paths/01_compile_error/src/lib.rs";
const FIXED: &str = "pub fn count(list: Vec<u8>) -> usize {\n    let borrowed = &list;\n    list.len() + borrowed.len()\n}\n";
const BROKEN: &str = "pub fn count(list: Vec<u8>) -> usize {\n    let owned = list;\n    list.len() + owned.len()\n}\n";
/// Long enough for any check of a fixture exercise on a busy machine.
const VERDICT_WAIT: Duration = Duration::from_secs(60);
/// How long silence must last to count as "no check ran".
const QUIET: Duration = Duration::from_millis(1500);

struct Watch {
    child: Child,
    lines: Receiver<String>,
}

impl Watch {
    fn start(fixture: &Fixture, extra: &[&str]) -> Self {
        Self::start_with_env(fixture, extra, &[])
    }

    fn start_with_env(fixture: &Fixture, extra: &[&str], env: &[(&str, &str)]) -> Self {
        let mut args = vec!["watch"];
        args.extend_from_slice(extra);
        let mut child = fixture
            .command(&args)
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("watch starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Self { child, lines }
    }

    fn verdict(&self) -> serde_json::Value {
        let line = self
            .lines
            .recv_timeout(VERDICT_WAIT)
            .expect("a verdict line from watch");
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
    }

    fn quiet(&self) {
        if let Ok(line) = self.lines.recv_timeout(QUIET) {
            panic!("expected no check, got {line}");
        }
    }

    /// The verdicts that arrive until watch has been quiet for a while.
    fn until_quiet(&self) -> Vec<serde_json::Value> {
        let mut verdicts = vec![self.verdict()];
        while let Ok(line) = self.lines.recv_timeout(QUIET) {
            verdicts.push(serde_json::from_str(&line).expect("JSON"));
        }
        verdicts
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn started(fixture: &Fixture, extra: &[&str]) -> Watch {
    let watch = Watch::start(fixture, extra);
    let first = watch.verdict();
    assert_eq!(
        first["id"], "compile-error",
        "starts at the first unsolved: {first}"
    );
    assert_eq!(first["status"], "compile_error");
    assert!(
        first["elapsed_ms"].is_u64() && first["at_ms"].is_u64(),
        "{first}"
    );
    watch
}

#[test]
fn each_save_in_place_gets_its_verdict() {
    let fixture = Fixture::new();
    let watch = started(&fixture, &["--why"]);
    fixture.write(COMPILE_ERROR_LIB, FIXED);
    let verdict = watch.verdict();
    assert_eq!(verdict["status"], "solved", "{verdict}");
    assert_eq!(
        verdict["why"], "modified exercises/01_paths/01_compile_error/src/lib.rs",
        "{verdict}"
    );
    fixture.write(COMPILE_ERROR_LIB, BROKEN);
    assert_eq!(watch.verdict()["status"], "compile_error");
    watch.quiet();
}

#[test]
fn a_save_without_changes_runs_no_check() {
    let fixture = Fixture::new();
    let watch = started(&fixture, &[]);
    let same = fixture.read(COMPILE_ERROR_LIB);
    fixture.write(COMPILE_ERROR_LIB, &same);
    let file = std::fs::File::options()
        .append(true)
        .open(fixture.path(COMPILE_ERROR_LIB))
        .expect("open");
    file.set_modified(std::time::SystemTime::now())
        .expect("touch");
    watch.quiet();
}

#[test]
fn editor_side_files_run_no_check() {
    let fixture = Fixture::new();
    let watch = started(&fixture, &[]);
    let src = "exercises/01_paths/01_compile_error/src";
    for name in [
        ".lib.rs.swp",
        "lib.rs~",
        "4913",
        "#lib.rs#",
        "lib.rs___jb_tmp___",
    ] {
        fixture.write(&format!("{src}/{name}"), "junk");
    }
    fixture.write(
        "exercises/01_paths/01_compile_error/target/debug/junk",
        "junk",
    );
    watch.quiet();
}

#[test]
fn an_atomic_rename_save_runs_one_check() {
    let fixture = Fixture::new();
    let watch = started(&fixture, &[]);
    let temp = fixture.path("exercises/01_paths/01_compile_error/src/.lib.rs.new");
    std::fs::write(&temp, FIXED).expect("write the new file");
    std::fs::rename(&temp, fixture.path(COMPILE_ERROR_LIB)).expect("rename it over");
    let verdicts = watch.until_quiet();
    assert_eq!(verdicts.len(), 1, "one save, one check: {verdicts:?}");
    assert_eq!(verdicts[0]["status"], "solved");
}

/// Vim's default on a plain file: probe the directory with `4913`, rename
/// the original to a backup, write a new file, delete the backup.
#[test]
fn vims_backup_and_rename_save_runs_one_check() {
    let fixture = Fixture::new();
    let watch = started(&fixture, &[]);
    let lib = fixture.path(COMPILE_ERROR_LIB);
    let dir = lib.parent().expect("src");
    std::fs::write(dir.join("4913"), "").expect("probe");
    std::fs::remove_file(dir.join("4913")).expect("probe gone");
    std::fs::rename(&lib, dir.join("lib.rs~")).expect("backup");
    std::fs::write(&lib, FIXED).expect("new file");
    std::fs::remove_file(dir.join("lib.rs~")).expect("backup gone");
    let verdicts = watch.until_quiet();
    assert_eq!(verdicts.len(), 1, "one save, one check: {verdicts:?}");
    assert_eq!(verdicts[0]["status"], "solved");
}

/// A save of the fix while the previous check hangs: the hanging check is
/// stopped with everything it started, and the new content is judged at
/// once, not after the hang's time limit (600 s here, far beyond the wait).
fn a_save_stops_a_hanging_check(extra: &[&str]) {
    let fixture = Fixture::new();
    let info = fixture.read("info.toml");
    let limit = "dir = \"06_endless_loop\"\ndifficulty = \"junior\"\nfiles = [\"src/lib.rs\"]\nexpect = [\"tests\"]\ntimeout_secs = 2";
    assert!(info.contains(limit), "the fixture's endless loop entry");
    fixture.write(
        "info.toml",
        &info.replace(limit, &limit.replace("= 2", "= 600")),
    );
    let watch = started(&fixture, extra);
    let endless = "exercises/01_paths/06_endless_loop/src/lib.rs";
    let marker = if extra.is_empty() {
        "301.75"
    } else {
        "301.875"
    };
    // Editing another exercise's file switches to it; its check now hangs.
    start_a_hanging_program(&fixture, marker);
    let saved = Instant::now();
    fixture.write(endless, "pub fn answer() -> u32 {\n    42\n}\n");
    let verdicts = watch.until_quiet();
    let waited = saved.elapsed();
    let statuses: Vec<_> = verdicts.iter().map(|v| (&v["id"], &v["status"])).collect();
    // The hanging check never reports: only the newest save's verdict comes.
    assert_eq!(statuses.len(), 1, "{statuses:?}");
    assert_eq!(verdicts[0]["id"], "endless-loop");
    assert_eq!(verdicts[0]["status"], "solved", "{statuses:?}");
    assert!(
        !sleeping(marker),
        "the cancelled check's programs were stopped ({waited:?} after the save)"
    );
}

#[test]
fn a_save_stops_a_hanging_check_and_is_judged_at_once() {
    a_save_stops_a_hanging_check(&[]);
}

#[test]
fn a_save_stops_a_hanging_check_when_polling_too() {
    a_save_stops_a_hanging_check(&["--poll"]);
}

/// Saves through a temporary file beside the real one, with a pause before
/// the rename (Python's mkstemp, Qt and Kate, sed -i): one verdict, for the
/// new content; the temporary file starts nothing.
#[test]
fn a_save_through_a_temporary_file_is_one_check() {
    let fixture = Fixture::new();
    let watch = started(&fixture, &[]);
    // mkstemp, Qt and Kate, sed -i: how each names its temporary file.
    let names = ["tmpk3j_2x0a", "lib.rs.Xa81Pq", "sedQ2k1vB"];
    // Ten saves, pauses from 50 ms to 1.4 s between the temporary file and
    // its rename, alternating what they save so every one is a change.
    for run in 0..10 {
        let name = names[run % names.len()];
        let (contents, status) = if run % 2 == 0 {
            (FIXED, "solved")
        } else {
            (BROKEN, "compile_error")
        };
        let temporary = fixture.path(&format!("exercises/01_paths/01_compile_error/src/{name}"));
        std::fs::write(&temporary, contents).expect("temporary file");
        std::thread::sleep(Duration::from_millis(50 + 150 * run as u64));
        std::fs::rename(&temporary, fixture.path(COMPILE_ERROR_LIB)).expect("renamed over");
        let verdicts = watch.until_quiet();
        let statuses: Vec<_> = verdicts.iter().map(|v| &v["status"]).collect();
        assert_eq!(statuses, [status], "save {run} through {name}");
    }
}

/// Truncate, pause, then write (ten times, pauses from 100 ms to 1 s): the
/// empty file in between is never judged; each save gets one verdict.
#[test]
fn truncate_then_write_is_one_check() {
    let fixture = Fixture::new();
    let watch = started(&fixture, &[]);
    let path = fixture.path(COMPILE_ERROR_LIB);
    for run in 0..10 {
        let (contents, status) = if run % 2 == 0 {
            (FIXED, "solved")
        } else {
            (BROKEN, "compile_error")
        };
        std::fs::File::create(&path).expect("truncated");
        std::thread::sleep(Duration::from_millis(100 + 100 * run as u64));
        std::fs::write(&path, contents).expect("written");
        let verdicts = watch.until_quiet();
        let statuses: Vec<_> = verdicts.iter().map(|v| &v["status"]).collect();
        assert_eq!(statuses, [status], "save {run}");
    }
}

#[test]
fn polling_sees_saves_too() {
    let fixture = Fixture::new();
    let watch = started(&fixture, &["--poll"]);
    fixture.write(COMPILE_ERROR_LIB, FIXED);
    assert_eq!(watch.verdict()["status"], "solved");
}

#[test]
fn sigterm_stops_watch_and_the_learner_program_it_runs() {
    let fixture = Fixture::new();
    let mut watch = started(&fixture, &[]);
    // A unique argument, so other tests' children are not counted.
    let marker = "302.125";
    start_a_hanging_program(&fixture, marker);
    let pid = libc::pid_t::try_from(watch.child.id()).expect("a pid");
    // SAFETY: kill has no memory-safety preconditions.
    unsafe {
        libc::kill(pid, libc::SIGTERM);
    }
    let status = watch.child.wait().expect("watch exits");
    assert_eq!(status.code(), Some(128 + 15), "{status:?}");
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        !sleeping(marker),
        "the learner's child process outlived watch"
    );
}

/// A bug that panics the thread judging the saves ends watch at once, with
/// exit 101, instead of leaving a check that never finishes.
#[test]
fn a_panic_while_judging_ends_watch() {
    let fixture = Fixture::new();
    let mut watch = Watch::start_with_env(
        &fixture,
        &[],
        &[("CHECKER_FAULT_PANIC", "checker"), ("RUST_BACKTRACE", "0")],
    );
    assert_eq!(watch.verdict()["status"], "compile_error");
    fixture.write(COMPILE_ERROR_LIB, FIXED);
    let deadline = Instant::now() + VERDICT_WAIT;
    let status = loop {
        if let Some(status) = watch.child.try_wait().expect("watch can be waited on") {
            break status;
        }
        assert!(Instant::now() < deadline, "watch hangs after the panic");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(101), "{status:?}");
}

/// Saves the endless loop exercise as a program that starts `sleep MARKER`
/// and then spins, and waits until its test runs.
fn start_a_hanging_program(fixture: &Fixture, marker: &str) {
    fixture.write(
        "exercises/01_paths/06_endless_loop/src/lib.rs",
        &format!(
            "pub fn answer() -> u32 {{\n    let _c = std::process::Command::new(\"sleep\").arg(\"{marker}\").spawn();\n    loop {{\n        std::hint::spin_loop();\n    }}\n}}\n"
        ),
    );
    let deadline = Instant::now() + VERDICT_WAIT;
    while !sleeping(marker) {
        assert!(
            Instant::now() < deadline,
            "the learner program never started"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn sleeping(marker: &str) -> bool {
    {
        common::need("pgrep", "procps");
        std::process::Command::new("pgrep")
    }
    .args(["-f", &format!("sleep {marker}")])
    .output()
    .is_ok_and(|output| output.status.success())
}

#[test]
fn outside_a_workspace_watch_says_so() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_checker"))
        .arg("watch")
        .current_dir(dir.path())
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("error: not inside the exercise workspace"),
        "{stderr}"
    );
}
