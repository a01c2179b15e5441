//! Bad input gets one clear line saying what and where, exit 2, and nothing lost.

mod common;

use common::{Fixture, code, stderr};

/// Runs `list` with `info.toml` replaced and returns the one-line error.
fn catalogue_error(fixture: &Fixture, info: &str) -> String {
    fixture.write("info.toml", info);
    let output = fixture.run(&["list"]);
    assert_eq!(code(&output), 2, "{}", common::text(&output));
    let message = stderr(&output);
    assert_eq!(message.trim_end().lines().count(), 1, "one line: {message}");
    message.trim_end().to_string()
}

fn replace_once(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "fixture lacks {from}");
    text.replacen(from, to, 1)
}

#[test]
fn catalogue_errors_name_file_line_and_column() {
    let fixture = Fixture::new();
    let info = fixture.read("info.toml");
    let line_of = |needle: &str| {
        info.lines()
            .position(|l| l.contains(needle))
            .expect("a line")
            + 1
    };

    let unknown = replace_once(
        &info,
        "difficulty = \"junior\"",
        "difficulty = \"junior\"\ncolour = \"red\"",
    );
    let message = catalogue_error(&fixture, &unknown);
    assert!(
        message.starts_with(&format!(
            "error: info.toml:{}:",
            line_of("difficulty = \"junior\"") + 1
        )),
        "{message}"
    );
    assert!(message.contains("colour"), "{message}");

    let duplicate = replace_once(&info, "id = \"failing-test\"", "id = \"compile-error\"");
    let message = catalogue_error(&fixture, &duplicate);
    assert!(
        message.starts_with(&format!(
            "error: info.toml:{}:6:",
            line_of("id = \"failing-test\"")
        )),
        "{message}"
    );
    assert!(
        message.contains(&format!(
            "duplicate id `compile-error` (the first is at line {}, column 6)",
            line_of("id = \"compile-error\"")
        )),
        "{message}"
    );

    let missing_dir = replace_once(&info, "dir = \"02_failing_test\"", "dir = \"02_nowhere\"");
    let message = catalogue_error(&fixture, &missing_dir);
    assert!(
        message.contains(&format!(
            "info.toml:{}:7:",
            line_of("dir = \"02_failing_test\"")
        )),
        "{message}"
    );
    assert!(
        message.contains("exercises/01_paths/02_nowhere/Cargo.toml does not exist"),
        "{message}"
    );

    let missing_field = replace_once(&info, "hint = \"A hint for panic.\"\n", "");
    let message = catalogue_error(&fixture, &missing_field);
    assert!(message.contains("missing field `hint`"), "{message}");
    assert!(message.starts_with("error: info.toml:"), "{message}");

    let bad_expect = replace_once(&info, "expect = [\"E0382\"]", "expect = [\"E382\"]");
    let message = catalogue_error(&fixture, &bad_expect);
    assert!(
        message.contains(&format!(
            "info.toml:{}:11:",
            line_of("expect = [\"E0382\"]")
        )),
        "{message}"
    );

    let syntax = replace_once(&info, "name = \"panic\"", "name = \"panic");
    let message = catalogue_error(&fixture, &syntax);
    assert!(
        message.starts_with(&format!(
            "error: info.toml:{}:",
            line_of("name = \"panic\"")
        )),
        "{message}"
    );

    // A carriage return (escaped, as TOML allows) would rewind a terminal line.
    let control = replace_once(
        &info,
        "hint = \"A hint for panic.\"",
        "hint = \"A hint\\rfor panic.\"",
    );
    let message = catalogue_error(&fixture, &control);
    assert!(
        message.starts_with(&format!(
            "error: info.toml:{}:8:",
            line_of("hint = \"A hint for panic.\"")
        )),
        "{message}"
    );
    assert!(
        message.contains("hint holds the control character U+000D"),
        "{message}"
    );
    let tab_and_newline = replace_once(
        &info,
        "hint = \"A hint for panic.\"",
        "hint = \"A\\thint\\nfor panic.\"",
    );
    fixture.write("info.toml", &tab_and_newline);
    fixture.ok(&["list"]);

    let version = replace_once(&info, "format_version = 1", "format_version = 7");
    let message = catalogue_error(&fixture, &version);
    assert!(
        message.contains("format_version 7 is not supported"),
        "{message}"
    );
}

#[test]
fn unlisted_exercise_directory_is_rejected() {
    let fixture = Fixture::new();
    fixture.write(
        "exercises/01_paths/99_stray/Cargo.toml",
        "[package]\nname = \"fx_stray\"\nversion = \"0.1.0\"\nedition = \"2024\"\n",
    );
    let output = fixture.run(&["list"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).starts_with(
            "error: exercises/01_paths/99_stray/Cargo.toml:1:1: this exercise has no [[exercises]] entry in info.toml"
        ),
        "{}",
        stderr(&output)
    );
}

#[test]
fn missing_catalogue_and_outside_the_workspace() {
    let fixture = Fixture::new();
    std::fs::remove_file(fixture.path("info.toml")).expect("removed");
    let output = fixture.run(&["list"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("not inside the exercise workspace"),
        "{}",
        stderr(&output)
    );

    let elsewhere = tempfile::tempdir().expect("a directory");
    let output = fixture
        .command(&["verify"])
        .current_dir(elsewhere.path())
        .output()
        .expect("runs");
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("not inside the exercise workspace"));
}

#[test]
fn works_from_a_subdirectory() {
    let fixture = Fixture::new();
    let output = fixture
        .command(&["hint", "panic"])
        .current_dir(fixture.path("exercises/01_paths/07_panic/src"))
        .output()
        .expect("runs");
    assert_eq!(code(&output), 0, "{}", common::text(&output));
    assert!(common::stdout(&output).contains("A hint for panic."));

    // Paths are shown from where the learner is: the compiler's, the
    // prediction prompt's and the heading's.
    let here = fixture.path("exercises/01_paths");
    let verify = |name: &str| {
        let output = fixture
            .command(&["verify", name])
            .current_dir(&here)
            .output()
            .expect("runs");
        common::stdout(&output)
    };
    let said = verify("compile_error");
    assert!(
        said.contains("compile_error (../../exercises/01_paths/01_compile_error)"),
        "{said}"
    );
    assert!(
        said.contains("--> ../../exercises/01_paths/01_compile_error/src/lib.rs:4:5"),
        "{said}"
    );
    let said = verify("predict");
    assert!(
        said.contains("(../../exercises/01_paths/12_predict/src/lib.rs:2)"),
        "{said}"
    );
}

#[test]
fn unknown_name_suggests_the_closest() {
    let fixture = Fixture::new();
    let output = fixture.run(&["verify", "compile_eror"]);
    assert_eq!(code(&output), 2);
    assert_eq!(
        stderr(&output).trim(),
        "error: no exercise named `compile_eror`; did you mean `compile_error`?"
    );
    let output = fixture.run(&["hint", "zzzzzz"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("no exercise named `zzzzzz`"));
}

#[test]
fn learner_file_that_is_not_utf8_is_located() {
    let fixture = Fixture::new();
    let lib = fixture.path("exercises/01_paths/02_failing_test/src/lib.rs");
    std::fs::write(
        &lib,
        b"// caf\xe9\npub fn double(x: i32) -> i32 { x * 2 }\n",
    )
    .expect("written");
    let output = fixture.run(&["verify", "failing_test"]);
    assert_eq!(code(&output), 2);
    assert_eq!(
        stderr(&output).trim(),
        "error: exercises/01_paths/02_failing_test/src/lib.rs:1:7: not valid UTF-8 (Rust source files must be UTF-8)"
    );
    assert_eq!(
        std::fs::read(&lib).expect("kept")[6],
        0xe9,
        "the file is left as it was"
    );
}

#[test]
fn corrupt_progress_is_moved_aside_and_work_goes_on() {
    let fixture = Fixture::new();
    fixture.write(".checker/progress.json", "{\"current\": \"passing\", oops");
    let output = fixture.run(&["list"]);
    assert_eq!(code(&output), 0, "{}", common::text(&output));
    let warning = stderr(&output);
    assert!(
        warning.starts_with("warning: .checker/progress.json:1:"),
        "{warning}"
    );
    assert!(
        warning.contains("moved it to .checker/progress.json.corrupt-"),
        "{warning}"
    );
    let aside: Vec<_> = std::fs::read_dir(fixture.path(".checker"))
        .expect("state dir")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("progress.json.corrupt-")
        })
        .collect();
    assert_eq!(aside.len(), 1);
    let kept = std::fs::read_to_string(aside[0].path()).expect("readable");
    assert_eq!(kept, "{\"current\": \"passing\", oops", "nothing lost");
}

#[test]
fn solution_waits_until_solved() {
    let fixture = Fixture::new();
    let output = fixture.run(&["solution", "compile_error"]);
    assert_eq!(code(&output), 1);
    assert!(stderr(&output).contains("not solved yet"));
    assert!(common::stdout(&output).is_empty(), "no solution text leaks");
    let shown = fixture.ok(&["solution", "compile_error", "--force"]);
    assert!(shown.contains("let borrowed = &list;"), "{shown}");
}

#[test]
fn reset_asks_backs_up_and_restores() {
    let fixture = Fixture::new();
    fixture.git(&["init", "-q"]);
    fixture.git(&["add", "-A"]);
    fixture.git(&["commit", "-qm", "shipped"]);
    // The learner commits their own work: reset still finds the shipped files.
    let lib = "exercises/01_paths/02_failing_test/src/lib.rs";
    let test = "exercises/01_paths/02_failing_test/tests/double.rs";
    let shipped_lib = fixture.read(lib);
    let shipped_test = fixture.read(test);
    fixture.write(lib, "pub fn double(x: i32) -> i32 { x * 2 } // mine\n");
    fixture.git(&["commit", "-qam", "my work"]);
    let (verdict, _) = fixture.verdict("failing_test");
    assert_eq!(verdict["status"], "solved", "{verdict}");
    std::fs::remove_file(fixture.path(test)).expect("removed");

    // Without a terminal and without --yes, nothing changes.
    let output = fixture.run(&["reset", "failing_test"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("pass --yes"),
        "{}",
        stderr(&output)
    );
    assert!(fixture.read(lib).contains("// mine"));

    let said = fixture.ok(&["reset", "failing_test", "--yes"]);
    assert_eq!(fixture.read(lib), shipped_lib);
    assert_eq!(fixture.read(test), shipped_test);
    assert!(
        said.contains("restored exercises/01_paths/02_failing_test/src/lib.rs"),
        "{said}"
    );
    let backups = fixture.path(".checker/backups/failing-test");
    let stamp = std::fs::read_dir(&backups)
        .expect("a backup")
        .flatten()
        .next()
        .expect("one");
    let backed_up = std::fs::read_to_string(stamp.path().join("src/lib.rs")).expect("backed up");
    assert!(backed_up.contains("// mine"));
    // Back as shipped, it is not solved any more, and its history stays.
    let progress: serde_json::Value =
        serde_json::from_str(&fixture.read(".checker/progress.json")).expect("progress");
    let entry = &progress["exercises"]["failing-test"];
    assert_eq!(entry["solved"], false, "{progress}");
    assert!(entry["solved_at"].is_u64(), "{progress}");

    let again = fixture.ok(&["reset", "failing_test", "--yes"]);
    assert!(again.contains("already as shipped"), "{again}");
}

#[test]
fn reset_without_the_shipped_blob_changes_nothing() {
    let fixture = Fixture::new();
    // No git history holds the shipped files.
    fixture.git(&["init", "-q"]);
    let lib = "exercises/01_paths/02_failing_test/src/lib.rs";
    fixture.write(lib, "// mine\n");
    let output = fixture.run(&["reset", "failing_test", "--yes"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("cannot find the shipped version of src/lib.rs"),
        "{}",
        stderr(&output)
    );
    assert_eq!(fixture.read(lib), "// mine\n");
}

#[test]
fn an_older_rust_is_named_in_one_line_before_cargo_runs() {
    let fixture = Fixture::new();
    let manifest = fixture.read("Cargo.toml");
    fixture.write(
        "Cargo.toml",
        &manifest.replace(
            "edition = \"2024\"",
            "edition = \"2024\"\nrust-version = \"1.88\"",
        ),
    );
    // A stand-in compiler that reports an old version.
    let old = fixture.path("old-rustc");
    fixture.write(
        "old-rustc",
        "#!/bin/sh\necho 'rustc 1.80.1 (3f5fd8dd4 2024-08-06)'\n",
    );
    std::fs::set_permissions(&old, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("executable");
    let output = fixture
        .command(&["verify", "compile_error"])
        .env("RUSTC", &old)
        .output()
        .expect("runs");
    assert_eq!(code(&output), 2, "{}", common::text(&output));
    assert_eq!(
        stderr(&output).trim_end(),
        "error: Rust 1.80.1 is older than 1.88, the oldest version these exercises need: run `rustup update stable`"
    );
    // The compiler in use is recent enough: nothing is said.
    fixture.verdict("compile_error");
}

#[test]
fn hint_notes_and_solution_default_to_the_current_exercise() {
    let fixture = Fixture::new();
    let hint = fixture.ok(&["hint"]);
    assert!(hint.contains("A hint for compile_error."), "{hint}");
    let notes = fixture.ok(&["notes"]);
    assert!(!notes.trim().is_empty(), "{notes}");
    // The current exercise is not solved: its solution stays closed.
    let output = fixture.run(&["solution"]);
    assert_eq!(code(&output), 1, "{}", common::text(&output));
}

#[test]
fn a_mistyped_flag_suggests_the_flag_without_making_it_look_required() {
    let fixture = Fixture::new();
    let output = fixture.run(&["verify", "--al"]);
    assert_eq!(code(&output), 2);
    let said = stderr(&output);
    assert!(
        said.contains("a similar argument exists: '--all'"),
        "{said}"
    );
    assert!(said.contains("Usage: checker verify [OPTIONS]"), "{said}");
    assert!(!said.contains("Usage: checker verify --all"), "{said}");
}

#[test]
fn a_set_that_needs_a_newer_checker_is_refused_not_misjudged() {
    let fixture = Fixture::new();
    let info = fixture.read("info.toml");
    let newer = replace_once(
        &info,
        "format_version = 1\n",
        "format_version = 1\nchecker = \"99.0.0\"\n",
    );
    let message = catalogue_error(&fixture, &newer);
    assert!(message.starts_with("error: info.toml:3:11:"), "{message}");
    assert!(
        message.contains(&format!(
            "this exercise set needs checker 99.0.0 or newer, and this one is {}",
            env!("CARGO_PKG_VERSION")
        )),
        "{message}"
    );
    let garbled = replace_once(
        &info,
        "format_version = 1\n",
        "format_version = 1\nchecker = \"soon\"\n",
    );
    let message = catalogue_error(&fixture, &garbled);
    assert!(
        message.contains("checker = \"soon\" is not a version"),
        "{message}"
    );

    let older = replace_once(
        &info,
        "format_version = 1\n",
        "format_version = 1\nchecker = \"0.0.1\"\n",
    );
    fixture.write("info.toml", &older);
    fixture.ok(&["list"]);
}
