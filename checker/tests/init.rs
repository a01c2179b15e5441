//! An instructor's own exercise set, without forking: `dev init` makes a
//! repository the same checker runs, and the whole loop works there: `dev
//! new`, writing the exercise, `dev seal`, a green `dev check`, `verify`.

mod common;

use std::path::Path;
use std::process::Command;

use common::{code, text};

fn checker(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_checker"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .expect("the checker runs")
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let output = checker(dir, args);
    assert_eq!(code(&output), 0, "checker {args:?}: {}", text(&output));
    common::stdout(&output)
}

fn edit(path: &Path, from: &str, to: &str) {
    let before = std::fs::read_to_string(path).expect("readable");
    assert!(before.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, before.replacen(from, to, 1)).expect("writable");
}

#[test]
fn a_new_exercise_set_runs_from_init_to_a_green_check() {
    let temporary = tempfile::tempdir().expect("a temporary directory");
    let set = temporary.path().join("set");
    let said = ok(temporary.path(), &["dev", "init", "set"]);
    assert!(said.contains("created an exercise set"), "{said}");
    for file in [
        "Cargo.toml",
        "info.toml",
        "shipped.toml",
        "README.md",
        ".ci/run",
        ".gitignore",
    ] {
        assert!(set.join(file).is_file(), "{file} missing");
    }
    let again = checker(temporary.path(), &["dev", "init", "set"]);
    assert_eq!(code(&again), 2, "init never overwrites: {}", text(&again));
    // The set says which checker proved it.
    let pinned = format!("checker = \"{}\"", env!("CARGO_PKG_VERSION"));
    let info = std::fs::read_to_string(set.join("info.toml")).expect("info.toml");
    assert!(info.contains(&pinned), "{info}");
    let readme = std::fs::read_to_string(set.join("README.md")).expect("README.md");
    assert!(readme.contains(&pinned), "{readme}");

    let git = |args: &[&str]| common::git(&set, args);
    git(&["init", "-q"]);
    let said = ok(&set, &["dev", "new", "01_basics", "first_steps"]);
    assert!(
        said.contains("`checker dev seal`"),
        "the set runs the installed checker: {said}"
    );

    // The instructor writes the exercise: a statement, a hint, notes, what
    // the variants show.
    let dir = set.join("exercises/01_basics/01_first_steps");
    let solution = set.join("solutions/01_basics/01_first_steps");
    let statement = "TODO: the task statement: what to build or fix, and what counts as done.";
    let real = "Return the answer: 42.";
    for file in [
        dir.join("src/lib.rs"),
        solution.join("src/lib.rs"),
        solution.join("variants/alt-another-design.rs"),
        solution.join("variants/lazy-the-shortcut.rs"),
    ] {
        edit(&file, statement, real);
    }
    edit(
        &solution.join("variants/alt-another-design.rs"),
        "TODO: another correct design the statement allows",
        "a product instead of a literal",
    );
    edit(
        &solution.join("variants/lazy-the-shortcut.rs"),
        "TODO: a fix the statement rules out",
        "leaves the answer at zero",
    );
    let info = set.join("info.toml");
    edit(
        &info,
        "TODO: a hint that helps without giving the answer away.",
        "Six times seven.",
    );
    edit(
        &info,
        "TODO: a follow-up question an interviewer asks.",
        "Why 42?",
    );
    edit(&info, "TODO: a short model answer.", "It is the answer.");
    edit(&info, "TODO: a second follow-up question.", "And 41?");
    edit(&info, "TODO: its short model answer.", "It is not.");
    ok(&set, &["dev", "seal"]);
    git(&["add", "-A"]);
    git(&["commit", "-qm", "a first exercise"]);

    let said = ok(&set, &["dev", "check"]);
    assert!(said.contains("check: 1 passed, 0 failed"), "{said}");
    let readme = std::fs::read_to_string(set.join("README.md")).expect("README");
    assert!(readme.contains("| `01_basics` | Basics | 1 |"), "{readme}");

    // A learner of the set: the shipped state is not solved, the solution is.
    let output = checker(&set, &["verify", "first_steps"]);
    assert_eq!(code(&output), 1, "{}", text(&output));
    std::fs::copy(solution.join("src/lib.rs"), dir.join("src/lib.rs")).expect("solved");
    let said = ok(&set, &["verify", "first_steps"]);
    assert!(
        said.contains("first_steps (exercises/01_basics/01_first_steps): solved"),
        "{said}"
    );
}
