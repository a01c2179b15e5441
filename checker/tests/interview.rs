//! `checker interview`: plans in the interview's shape for every level and
//! question count, reproducible by seed; a live interview in a real terminal
//! on copies that never touch the learner's files; the report and history.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use common::Fixture;
use common::tmux::Tmux;
use serde_json::Value;

/// One topic per family (two for ownership), eight exercises per topic:
/// enough of every difficulty for the largest interview of any level.
const TOPICS: [(&str, &str); 8] = [
    ("01_own", "ownership"),
    ("02_borrow", "ownership"),
    ("08_traits", "types"),
    ("13_errors", "errors"),
    ("14_threads", "concurrency"),
    ("17_unsafe", "unsafe"),
    ("18_iter", "std"),
    ("19_coding", "coding"),
];

/// A workspace with a catalogue large enough for any interview.
fn big_workspace() -> tempfile::TempDir {
    workspace_with(&TOPICS, 8)
}

/// `per_topic` exercises in each topic, difficulties in turn.
fn workspace_with(topics: &[(&str, &str)], per_topic: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let root = dir.path();
    let write = |relative: &str, text: &str| {
        let path = root.join(relative);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("a directory");
        std::fs::write(path, text).expect("a file");
    };
    write(
        "Cargo.toml",
        "[workspace]\nresolver = \"3\"\nmembers = [\"exercises/*/*\"]\n",
    );
    let mut info = String::from("format_version = 1\n");
    for (topic, family) in topics {
        info.push_str(&format!(
            "\n[[topics]]\ndir = \"{topic}\"\ntitle = \"{topic}\"\nfamily = \"{family}\"\n"
        ));
    }
    for (topic, _) in topics {
        let difficulties = ["junior", "mid", "senior", "mid"].iter().cycle();
        for (n, difficulty) in difficulties.take(per_topic).enumerate() {
            let name = format!("{}_{n}", topic.replace(|c: char| c.is_ascii_digit(), "x"));
            let dir = format!("exercises/{topic}/{n:02}_ex");
            write(
                &format!("{dir}/Cargo.toml"),
                &format!("[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\n"),
            );
            write(&format!("{dir}/src/lib.rs"), "// TODO\n");
            info.push_str(&format!(
                "\n[[exercises]]\nid = \"{name}\"\nname = \"{name}\"\ntopic = \"{topic}\"\ndir = \"{n:02}_ex\"\ndifficulty = \"{difficulty}\"\nfiles = [\"src/lib.rs\"]\nexpect = [\"tests\"]\nhint = \"h\"\n"
            ));
        }
    }
    write("info.toml", &info);
    dir
}

fn checker(root: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_checker"))
        .args(args)
        .current_dir(root)
        .env("NO_COLOR", "1")
        .output()
        .expect("the checker runs")
}

fn dry_run(root: &Path, level: &str, questions: usize, seed: u64) -> Value {
    let output = checker(
        root,
        &[
            "interview",
            "--dry-run",
            "--json",
            "--level",
            level,
            "--questions",
            &questions.to_string(),
            "--seed",
            &seed.to_string(),
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", common::text(&output));
    serde_json::from_str(common::stdout(&output).trim()).expect("one JSON plan")
}

/// Questions per group: ownership; traits and types (and errors); async,
/// unsafe and concurrency; coding; anything else.
fn groups(plan: &Value) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for question in plan["questions"].as_array().expect("questions") {
        let group = match question["family"].as_str().expect("a family") {
            "ownership" => "ownership",
            "types" | "errors" => "types",
            "concurrency" | "unsafe" => "systems",
            "coding" => "coding",
            _ => "other",
        };
        *counts.entry(group).or_insert(0) += 1;
    }
    counts
}

#[test]
fn dry_run_plans_obey_the_shape_for_every_level_and_count() {
    let workspace = big_workspace();
    for level in ["junior", "mid", "senior"] {
        for count in 4..=8 {
            let plan = dry_run(workspace.path(), level, count, 11);
            let questions = plan["questions"].as_array().expect("questions");
            assert_eq!(questions.len(), count, "{level} {count}: {plan}");
            assert!(questions.iter().all(|q| q["substitute"] == false), "{plan}");
            let groups = groups(&plan);
            let n = |group| groups.get(group).copied().unwrap_or(0);
            assert!(
                (2..=3).contains(&n("ownership")),
                "{level} {count}: {groups:?}"
            );
            assert!(
                (1..=2).contains(&n("coding")),
                "{level} {count}: {groups:?}"
            );
            if level == "senior" {
                assert_eq!(n("systems"), 1, "{level} {count}: {groups:?}");
                // At four questions a senior interview has no types slot (README).
                let types = if count == 4 { 0..=0 } else { 1..=2 };
                assert!(types.contains(&n("types")), "{level} {count}: {groups:?}");
            } else {
                assert_eq!(n("systems"), 0, "{level} {count}: {groups:?}");
                assert!((1..=2).contains(&n("types")), "{level} {count}: {groups:?}");
            }
            assert!(
                questions.iter().all(|q| q["difficulty"] == level),
                "difficulty follows the level: {plan}"
            );
            assert_eq!(questions.last().expect("a question")["slot"], "coding");
        }
    }
}

#[test]
fn the_same_seed_gives_the_same_plan() {
    let workspace = big_workspace();
    let ids = |seed| {
        dry_run(workspace.path(), "mid", 6, seed)["questions"]
            .as_array()
            .expect("questions")
            .iter()
            .map(|q| q["id"].as_str().expect("an id").to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(3), ids(3));
    assert!(
        (4..12).any(|seed| ids(seed) != ids(3)),
        "seeds never vary the plan"
    );
    let text = common::stdout(&checker(
        workspace.path(),
        &["interview", "--dry-run", "--seed", "3"],
    ));
    assert!(text.contains("The same plan again: --seed 3"), "{text}");
}

#[test]
fn bad_options_are_refused_with_exit_2() {
    let workspace = big_workspace();
    for (args, said) in [
        (
            vec!["--questions", "3"],
            "--questions must be 4 to 8, not 3",
        ),
        (
            vec!["--questions", "9"],
            "--questions must be 4 to 8, not 9",
        ),
        (vec!["--minutes", "0"], "--minutes must be at least 1"),
        (vec!["--level", "guru"], "expected junior, mid or senior"),
    ] {
        let mut all = vec!["interview", "--dry-run"];
        all.extend(args);
        let output = checker(workspace.path(), &all);
        assert_eq!(output.status.code(), Some(2), "{all:?}");
        let stderr = common::stderr(&output);
        assert!(stderr.contains(said), "{all:?}: {stderr}");
    }
}

#[test]
fn a_small_catalogue_is_refused_and_a_thin_one_substitutes() {
    let fixture = Fixture::new();
    let output = fixture.run(&["interview", "--dry-run", "--json", "--questions", "4"]);
    assert_eq!(common::code(&output), 0, "{}", common::text(&output));
    let plan: Value = serde_json::from_str(common::stdout(&output).trim()).expect("a plan");
    // The fixture has ownership exercises only: the other slots stand in.
    let standing_in = plan["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .filter(|q| q["substitute"] == true)
        .count();
    assert_eq!(standing_in, 2, "{plan}");
    assert_eq!(plan["warnings"].as_array().expect("warnings").len(), 2);

    let small = workspace_with(&TOPICS[..1], 3);
    let output = checker(
        small.path(),
        &["interview", "--dry-run", "--questions", "4"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        common::stderr(&output)
            .contains("an interview of 4 questions needs 4 exercises; the catalogue has 3"),
        "{}",
        common::text(&output)
    );
}

/// An interview in a real terminal: a question solved in its copy, a hint
/// opened, a question skipped, time running out, and the report.
#[test]
fn an_interview_runs_on_copies_to_its_report() {
    let fixture = Fixture::new();
    fixture.commit_shipped();
    // A seed whose first question has a solution to solve it with.
    let (seed, first) = (0..100)
        .map(|seed| {
            let plan = fixture_plan(&fixture, seed);
            (
                seed,
                plan["questions"][0]["name"]
                    .as_str()
                    .expect("a name")
                    .to_string(),
            )
        })
        .find(|(_, name)| solution_of(&fixture, name).is_file())
        .expect("some seed asks a question with a solution first");
    // The learner's half-done work on that exercise must not leak into the copy.
    let lib = format!("{}/src/lib.rs", dir_of(&fixture, &first));
    fixture.write(&lib, "// my half-done work\n");
    let before = common::snapshot(&fixture.path("exercises"));

    let tmux = Tmux::start(fixture.root(), 120, 40, &[]);
    tmux.checker(&format!(
        "interview --questions 4 --minutes 1 --seed {seed}"
    ));
    let screen = tmux.wait_for("main", "the first question", |s| {
        s.starts_with("Interview · question 1 of 4") && !s.contains("checking…") && s.contains("✗")
    });
    assert!(screen.contains(&first), "{screen}");
    let sessions: Vec<_> = std::fs::read_dir(fixture.path(".checker/interviews"))
        .expect("the interviews directory")
        .flatten()
        .collect();
    assert_eq!(sessions.len(), 1);
    let session = sessions[0].path();
    let copy_of_lib = session.join(&lib);
    let shown = copy_of_lib
        .strip_prefix(fixture.root())
        .expect("inside the workspace");
    assert!(
        screen.contains(&format!("edit {}", shown.display())),
        "the screen names the copy to edit, not the learner's file: {screen}"
    );
    // The compiler's places name the copy too.
    for place in screen.lines().filter(|line| line.contains("--> ")) {
        assert!(
            place.contains(&format!(
                "--> {}",
                session
                    .strip_prefix(fixture.root())
                    .expect("inside")
                    .display()
            )),
            "{place}"
        );
    }
    let copied = std::fs::read_to_string(&copy_of_lib).expect("the copy of the learner's file");
    assert_eq!(
        copied.as_bytes(),
        shipped(&fixture, &lib),
        "the copy holds the shipped file"
    );

    // Solve the first question in its copy.
    std::fs::copy(solution_of(&fixture, &first), &copy_of_lib).expect("solve");
    tmux.wait_for("main", "the solve", |s| s.contains("✓ solved"));
    tmux.keys("main", &["n"]);
    tmux.wait_for("main", "question 2", |s| {
        s.starts_with("Interview · question 2 of 4")
    });
    tmux.keys("main", &["h"]);
    tmux.wait_for("main", "the hint", |s| s.contains("Hint (h hides it)"));
    tmux.keys("main", &["n"]);
    tmux.wait_for("main", "question 3", |s| {
        s.starts_with("Interview · question 3 of 4")
    });
    // The interview lasts a minute from its start; the report follows.
    let report = tmux.wait_longer_for(
        "main",
        "the report after time runs out",
        Duration::from_secs(120),
        |s| s.contains("checker interview --history"),
    );
    // The whole report, scrolled-off part included.
    let printed = tmux.run(&["capture-pane", "-p", "-S", "-", "-t", "main"]);
    assert!(printed.contains("time up after"), "{printed}");
    assert!(printed.contains("Score: 25/100"), "{printed}");
    assert!(printed.contains("Rehearse aloud"), "{report}");
    assert!(
        printed.contains("Your answers beside the reference solutions")
            && printed.contains("same as the reference solution"),
        "the solved question's answer is the solution: {printed}"
    );

    assert_eq!(
        common::snapshot(&fixture.path("exercises")),
        before,
        "exercises/ untouched"
    );
    assert!(
        !fixture.path(".checker/progress.json").exists(),
        "an interview never records progress"
    );
    let history = fixture.ok(&["interview", "--history", "--json"]);
    let reports: Value = serde_json::from_str(history.trim()).expect("JSON history");
    let report = &reports[0];
    assert_eq!(report["ending"], "time_up");
    let questions = report["questions"].as_array().expect("questions");
    assert_eq!(questions.len(), 4);
    assert_eq!(questions[0]["name"], first.as_str());
    assert_eq!(questions[0]["solved"], true, "{report}");
    assert_eq!(questions[0]["points"], 100, "{report}");
    assert_eq!(questions[1]["hints"], 1, "{report}");
    assert_eq!(questions[1]["skipped"], true, "{report}");
    assert_eq!(questions[1]["points"], 0, "{report}");
    assert_eq!(report["score"], 25, "{report}");
    // Each question comes with its reference solution and the final answer.
    let solution = std::fs::read_to_string(solution_of(&fixture, &first)).expect("the solution");
    assert_eq!(questions[0]["solution"][0]["text"], solution.as_str());
    assert_eq!(questions[0]["answer"][0]["text"], solution.as_str());
    assert!(
        questions[1]["answer"][0]["text"].as_str().is_some(),
        "{report}"
    );
    let text = fixture.ok(&["interview", "--history"]);
    assert!(text.contains("time up"), "{text}");

    // The next interview, same seed, avoids the questions just asked.
    let next = fixture_plan(&fixture, seed);
    for question in next["questions"].as_array().expect("questions") {
        assert!(
            !questions.iter().any(|asked| asked["id"] == question["id"]),
            "asked again: {next}"
        );
    }
}

/// The plan of a four-question interview of the fixture with `seed`.
fn fixture_plan(fixture: &Fixture, seed: u64) -> Value {
    let seed = seed.to_string();
    let args = [
        "interview",
        "--dry-run",
        "--json",
        "--questions",
        "4",
        "--seed",
        &seed,
    ];
    serde_json::from_str(fixture.ok(&args).trim()).expect("a plan")
}

/// The solution file of the fixture exercise `name`.
fn solution_of(fixture: &Fixture, name: &str) -> std::path::PathBuf {
    let dir = dir_of(fixture, name);
    let relative = dir.strip_prefix("exercises/").expect("an exercise dir");
    fixture.path("solutions").join(relative).join("src/lib.rs")
}

/// The shipped contents of a file, from the git history of the fixture.
fn shipped(fixture: &Fixture, relative: &str) -> Vec<u8> {
    let output = std::process::Command::new("git")
        .args(["show", &format!("HEAD:{relative}")])
        .current_dir(fixture.root())
        .output()
        .expect("git runs");
    assert!(output.status.success(), "git show {relative}");
    output.stdout
}

/// The exercise directory of `name`, relative to the workspace.
fn dir_of(fixture: &Fixture, name: &str) -> String {
    let info = fixture.read("info.toml");
    let entry = info
        .split("[[exercises]]")
        .find(|entry| entry.contains(&format!("name = \"{name}\"")))
        .expect("the entry");
    let field = |key: &str| {
        entry
            .lines()
            .find_map(|line| line.strip_prefix(&format!("{key} = \"")))
            .and_then(|rest| rest.strip_suffix('"'))
            .expect("the field")
            .to_string()
    };
    format!("exercises/{}/{}", field("topic"), field("dir"))
}
