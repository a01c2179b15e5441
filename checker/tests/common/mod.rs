//! A fixture workspace in a temporary directory, and the checker binary run
//! against it the way a learner runs it.

#![allow(dead_code)] // Each test file uses its own part of this module.

pub mod tmux;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ws");
pub const REPO_ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

pub struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    /// A fresh copy of the fixture workspace, sealed as shipped.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temporary directory");
        copy_tree(Path::new(FIXTURE), dir.path());
        let fixture = Self { dir };
        fixture.ok(&["dev", "seal"]);
        fixture
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.root().join(relative)
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative)).expect("a readable fixture file")
    }

    pub fn write(&self, relative: &str, contents: &str) {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("a directory");
        std::fs::write(path, contents).expect("a writable fixture file");
    }

    /// Runs git in the workspace, as someone with a name and an email.
    pub fn git(&self, args: &[&str]) {
        git(self.root(), args);
    }

    /// Makes the workspace a git clone whose history holds the shipped files.
    pub fn commit_shipped(&self) {
        self.git(&["init", "-q"]);
        self.git(&["add", "-A"]);
        self.git(&["commit", "-qm", "shipped"]);
    }

    /// The checker, run from the workspace root with colour off.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_checker"));
        command
            .args(args)
            .current_dir(self.root())
            .env("NO_COLOR", "1")
            .env_remove("CARGO_TARGET_DIR")
            .env_remove("CLICOLOR_FORCE");
        command
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("the checker runs")
    }

    /// Runs and insists on exit 0.
    pub fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert_eq!(
            code(&output),
            0,
            "checker {args:?} failed: {}",
            text(&output)
        );
        stdout(&output)
    }

    /// `verify --json NAME`: the verdict object and the exit code.
    pub fn verdict(&self, name: &str) -> (serde_json::Value, i32) {
        let output = self.run(&["verify", "--json", name]);
        let line = stdout(&output);
        let verdict = serde_json::from_str(line.trim())
            .unwrap_or_else(|e| panic!("not one JSON verdict ({e}): {}", text(&output)));
        (verdict, code(&output))
    }
}

/// A tool the tests need beyond Rust, found or named with how to get it
/// (README, "Test", lists them all).
pub fn need(tool: &str, package: &str) {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|output| output.status.success());
    assert!(
        found,
        "this test needs {tool}, which is not installed: sudo apt-get install {package}"
    );
}

/// Runs git in `dir`, as someone with a name and an email.
pub fn git(dir: &Path, args: &[&str]) {
    need("git", "git");
    let status = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.com")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.com")
        .status()
        .expect("git runs (apt-get install git)");
    assert!(status.success(), "git {args:?}");
}

/// One case's result, by name, from a verdict.
pub fn case(verdict: &serde_json::Value, name: &str) -> serde_json::Value {
    verdict["cases"]["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .find(|case| case["name"] == name)
        .cloned()
        .unwrap_or_else(|| panic!("no case {name} in {verdict}"))
}

pub fn code(output: &Output) -> i32 {
    output.status.code().expect("an exit code")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn text(output: &Output) -> String {
    format!("stdout:\n{}\nstderr:\n{}", stdout(output), stderr(output))
}

pub fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("a readable directory") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_name() == "target" {
            continue;
        }
        if entry.file_type().expect("a file type").is_dir() {
            std::fs::create_dir_all(&target).expect("a directory");
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("a copy");
        }
    }
}

/// Every file below `dir` with its contents, to prove nothing was touched.
pub fn snapshot(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).expect("readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let contents = std::fs::read(&path).expect("readable");
                files.insert(path.display().to_string(), contents);
            }
        }
    }
    files
}
