//! `checker dev new TOPIC NAME`: scaffolds an exercise that already passes
//! the structural checks, so an instructor starts from working parts.

use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::catalogue::Catalogue;
use crate::files::write_atomically;
use crate::seal::{SEAL_FILE, Seal, file_ids};
use crate::workspace::Workspace;

/// What the scaffolded exercise asks of the learner: what its shipped state
/// fails with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ExerciseKind {
    /// The shipped code does not compile; the lesson is the error.
    Compile,
    /// The shipped code compiles and a test fails.
    #[default]
    Tests,
    /// A misuse of the learner's API compiles and must not: a must-fail case.
    Cases,
    /// Predict rustc's error, then fix it.
    Predict,
}

pub fn run(workspace: &Workspace, topic: &str, name: &str, kind: ExerciseKind) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    if catalogue.topic(topic).is_none() {
        let known: Vec<&str> = catalogue.topics.iter().map(|t| t.dir.as_str()).collect();
        bail!(
            "topic `{topic}` is not in info.toml (known: {})",
            known.join(", ")
        );
    }
    let valid_name = !name.is_empty()
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if !valid_name {
        bail!(
            "name `{name}` must be snake_case: lowercase letters, digits and `_`, starting with a letter"
        );
    }
    // Ids are kebab-case, like the existing ones; names are what learners type.
    let id = name.replace('_', "-");
    if catalogue
        .exercises
        .iter()
        .any(|e| e.name == name || e.id == id)
    {
        bail!("an exercise named `{name}` already exists");
    }

    let topic_dir = workspace.exercises_dir().join(topic);
    let number = next_number(&topic_dir);
    let dir_name = format!("{number:02}_{name}");
    let topic_word = topic.split_once('_').map_or(topic, |(_, word)| word);
    let package = format!("{topic_word}_{number:02}_{name}");
    let relative = Path::new("exercises").join(topic).join(&dir_name);
    let exercise_dir = workspace.root.join(&relative);
    let solution_dir = workspace.solutions_dir().join(topic).join(&dir_name);

    // The trybuild test only where the workspace provides trybuild; the
    // minimum Rust only where the workspace declares one.
    let root_manifest = crate::manifest::read_toml(&workspace.root.join("Cargo.toml"))?;
    let declares = |table: &str, key: &str| {
        root_manifest
            .get("workspace")
            .and_then(|w| w.get(table))
            .and_then(|t| t.get(key))
            .is_some()
    };
    let with_trybuild = declares("dependencies", "trybuild");
    let with_msrv = declares("package", "rust-version");
    let lib = package.replace('-', "_");
    let skeleton = Skeleton::of(kind, name, &lib);
    let files = scaffold_files(&package, &skeleton, with_trybuild, with_msrv);
    for (path, contents) in &files {
        write_new(&exercise_dir.join(path), contents)?;
    }
    write_new(&solution_dir.join("src/lib.rs"), &skeleton.solution)?;
    let variants = solution_dir.join(crate::variants::DIR);
    write_new(&variants.join("alt-another-design.rs"), &skeleton.alt)?;
    write_new(&variants.join("lazy-the-shortcut.rs"), &skeleton.lazy)?;

    let catalogue_path = workspace.catalogue_path();
    let text = std::fs::read_to_string(&catalogue_path)?;
    let later_topics: Vec<&str> = catalogue
        .topics
        .iter()
        .map(|t| t.dir.as_str())
        .skip_while(|dir| *dir != topic)
        .skip(1)
        .collect();
    let updated = insert_entry(
        &text,
        topic,
        &later_topics,
        &entry(&id, name, topic, &dir_name, &skeleton),
    );
    // Never write a catalogue the checker itself would reject.
    Catalogue::parse(
        workspace,
        Path::new(crate::workspace::CATALOGUE_FILE),
        &updated,
    )?;
    write_atomically(&catalogue_path, updated.as_bytes())?;

    let mut seal = Seal::load(workspace).unwrap_or_default();
    seal.exercises.insert(id.clone(), file_ids(&exercise_dir)?);
    write_atomically(&workspace.root.join(SEAL_FILE), seal.render()?.as_bytes())?;

    println!("created {}", relative.display());
    println!("created {}", workspace.relative(&solution_dir).display());
    println!("added `{name}` (id `{id}`) to info.toml and {SEAL_FILE}");
    let catalogue = Catalogue::load(workspace)?;
    if super::readme::write(workspace, &catalogue)? {
        println!("updated README.md's table of topics");
    }
    // The new crate joins the workspace: cargo records it in the lock file.
    let lock = workspace.root.join("Cargo.lock");
    let before = std::fs::read(&lock).ok();
    let resolved = std::process::Command::new(crate::cargo::cargo_program())
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(&workspace.root)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if resolved && std::fs::read(&lock).ok() != before {
        println!("Cargo.lock now lists the new package: commit it with the exercise");
    }
    println!(
        "next: write the task, tests and cases, then `{checker} dev seal` and `{checker} dev check {name}`",
        checker = crate::workspace::invocation()
    );
    Ok(0)
}

fn next_number(topic_dir: &Path) -> u32 {
    std::fs::read_dir(topic_dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.split_once('_')?.0.parse::<u32>().ok()
        })
        .max()
        .unwrap_or(0)
        + 1
}

fn write_new(path: &Path, contents: &str) -> Result<()> {
    if path.exists() {
        bail!("{} already exists; nothing was overwritten", path.display());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    std::fs::write(path, contents).with_context(|| format!("cannot write {}", path.display()))
}

fn scaffold_files(
    package: &str,
    skeleton: &Skeleton,
    with_trybuild: bool,
    with_msrv: bool,
) -> Vec<(String, String)> {
    // The workspace's minimum Rust, where it declares one, binds the crate.
    let msrv = if with_msrv {
        "rust-version.workspace = true\n"
    } else {
        ""
    };
    let has_cases = skeleton
        .cases
        .iter()
        .any(|(path, _)| path.starts_with("tests/pass/"));
    let dev_dependencies = if with_trybuild && has_cases {
        "\n[dev-dependencies]\ntrybuild.workspace = true\n"
    } else {
        ""
    };
    let mut files = vec![
        (
            "Cargo.toml".to_string(),
            format!(
                "[package]\nname = \"{package}\"\nversion = \"0.1.0\"\nedition.workspace = true\n{msrv}publish.workspace = true\n{dev_dependencies}"
            ),
        ),
        ("src/lib.rs".to_string(), skeleton.shipped.clone()),
        ("tests/behaviour.rs".to_string(), skeleton.test.clone()),
    ];
    // A must-pass case runs under plain `cargo test` through trybuild: only
    // where the workspace provides it.
    files.extend(
        skeleton
            .cases
            .iter()
            .filter(|(path, _)| with_trybuild || !path.starts_with("tests/pass/"))
            .cloned(),
    );
    if with_trybuild && has_cases {
        files.push((
            "tests/must_pass.rs".to_string(),
            crate::judge::TRYBUILD_TEST_SOURCE.to_string(),
        ));
    }
    files
}

/// The files of one kind of exercise: each a small working example of the
/// kind, for the author to replace with the real task.
struct Skeleton {
    shipped: String,
    solution: String,
    alt: String,
    lazy: String,
    test: String,
    /// Case files (`tests/pass/...`, `tests/fail/...`) and their text.
    cases: Vec<(String, String)>,
    expect: &'static str,
    predict: bool,
}

impl Skeleton {
    fn of(kind: ExerciseKind, name: &str, lib: &str) -> Self {
        let statement = statement(name);
        let with = |head: &str, code: &str| format!("{head}{statement}{code}");
        match kind {
            ExerciseKind::Tests => Self {
                shipped: with(
                    "",
                    "// TODO: the learner's work goes here.\npub fn answer() -> u32 {\n    0\n}\n",
                ),
                solution: with("", "pub fn answer() -> u32 {\n    42\n}\n"),
                alt: with(
                    "// variant: TODO: another correct design the statement allows\n",
                    "pub fn answer() -> u32 {\n    6 * 7\n}\n",
                ),
                lazy: with(
                    "// variant: TODO: a fix the statement rules out\n// expect: tests\n",
                    "pub fn answer() -> u32 {\n    0\n}\n",
                ),
                test: format!(
                    "use {lib}::answer;\n\n#[test]\nfn gives_the_answer() {{\n    assert_eq!(answer(), 42);\n}}\n"
                ),
                cases: Vec::new(),
                expect: "\"tests\"",
                predict: false,
            },
            ExerciseKind::Compile | ExerciseKind::Predict => {
                let predict = kind == ExerciseKind::Predict;
                // The statement's three lines, the prediction's three, then
                // the code: the use after the move is on line 9.
                let (ask, answer) = if predict {
                    (
                        "// Predict first: which error does rustc report for this code, on which line?\n// PREDICT: E____ line __\n// TODO: then make it compile.\n",
                        "// Predict first: which error does rustc report for this code, on which line?\n// PREDICT: E0382 line 9\n// Borrow the words: both uses can read them.\n",
                    )
                } else {
                    (
                        "// TODO: make it compile without copying the words.\n",
                        "// Borrow the words: both uses can read them.\n",
                    )
                };
                let fixed = "pub fn count_twice(words: Vec<String>) -> usize {\n    let first = &words;\n    first.len() + words.len()\n}\n";
                Self {
                    shipped: with(
                        "",
                        &format!(
                            "{ask}pub fn count_twice(words: Vec<String>) -> usize {{\n    let first = words;\n    first.len() + words.len()\n}}\n"
                        ),
                    ),
                    solution: with("", &format!("{answer}{fixed}")),
                    alt: with(
                        "// variant: TODO: another correct design the statement allows\n",
                        &format!(
                            "{answer}pub fn count_twice(words: Vec<String>) -> usize {{\n    words.len() * 2\n}}\n"
                        ),
                    ),
                    lazy: with(
                        "// variant: TODO: a fix the statement rules out\n// expect: tests\n",
                        &format!(
                            "{answer}pub fn count_twice(words: Vec<String>) -> usize {{\n    words.len()\n}}\n"
                        ),
                    ),
                    test: format!(
                        "use {lib}::count_twice;\n\n#[test]\nfn counts_every_word_twice() {{\n    let words = vec![String::from(\"a\"), String::from(\"b\")];\n    assert_eq!(count_twice(words), 4);\n}}\n"
                    ),
                    cases: Vec::new(),
                    expect: "\"E0382\"",
                    predict,
                }
            }
            ExerciseKind::Cases => {
                let ticket = |derive: &str| {
                    format!(
                        "/// One pending job: handing it in twice must be impossible.\n{derive}pub struct Ticket {{\n    id: u32,\n}}\n\nimpl Ticket {{\n    pub fn new(id: u32) -> Self {{\n        Self {{ id }}\n    }}\n\n    pub fn id(&self) -> u32 {{\n        self.id\n    }}\n}}\n"
                    )
                };
                Self {
                    shipped: with(
                        "",
                        &format!(
                            "// TODO: a ticket must not be duplicated.\n{}",
                            ticket("#[derive(Debug, Clone)]\n")
                        ),
                    ),
                    solution: with("", &ticket("#[derive(Debug)]\n")),
                    alt: with(
                        "// variant: TODO: another correct design the statement allows\n",
                        &ticket("#[derive(Debug, PartialEq, Eq)]\n"),
                    ),
                    lazy: with(
                        "// variant: TODO: a fix the statement rules out\n// expect: case:duplicates_a_ticket\n",
                        &ticket("#[derive(Debug, Clone)]\n"),
                    ),
                    test: format!(
                        "use {lib}::Ticket;\n\n#[test]\nfn a_ticket_keeps_its_id() {{\n    assert_eq!(Ticket::new(7).id(), 7);\n}}\n"
                    ),
                    cases: vec![
                        (
                            "tests/pass/uses_the_api.rs".to_string(),
                            format!(
                                "// A use of the learner's API that must compile and run: its shape, not its\n// behaviour, which the tests judge.\nfn main() {{\n    let ticket = {lib}::Ticket::new(1);\n    assert_eq!(ticket.id(), 1);\n}}\n"
                            ),
                        ),
                        (
                            "tests/fail/duplicates_a_ticket.rs".to_string(),
                            format!(
                                "// A misuse the learner's API must reject, annotated with the error and line.\nfn main() {{\n    let ticket = {lib}::Ticket::new(1);\n    let copy = ticket.clone(); //~ ERROR E0599\n    drop((ticket, copy));\n}}\n"
                            ),
                        ),
                    ],
                    expect: "\"case:duplicates_a_ticket\"",
                    predict: false,
                }
            }
        }
    }
}

/// The task statement the learner's file opens with; the solution and the
/// variants repeat it.
fn statement(name: &str) -> String {
    format!(
        "//! # {name}\n//!\n//! TODO: the task statement: what to build or fix, and what counts as done.\n"
    )
}

fn entry(id: &str, name: &str, topic: &str, dir: &str, skeleton: &Skeleton) -> String {
    let expect = skeleton.expect;
    let predict = if skeleton.predict {
        "predict = true\n"
    } else {
        ""
    };
    format!(
        "[[exercises]]\nid = \"{id}\"\nname = \"{name}\"\ntopic = \"{topic}\"\ndir = \"{dir}\"\ndifficulty = \"junior\"\nfiles = [\"src/lib.rs\"]\nexpect = [{expect}]\n{predict}hint = \"TODO: a hint that helps without giving the answer away.\"\n\n[[exercises.notes]]\nquestion = \"TODO: a follow-up question an interviewer asks.\"\nanswer = \"TODO: a short model answer.\"\n\n[[exercises.notes]]\nquestion = \"TODO: a second follow-up question.\"\nanswer = \"TODO: its short model answer.\"\n"
    )
}

/// Puts the entry after the topic's last exercise (learning order is file
/// order), or, for a topic's first exercise, before the first exercise of a
/// later topic; it touches nothing else in the file.
fn insert_entry(text: &str, topic: &str, later_topics: &[&str], entry: &str) -> String {
    let headers: Vec<usize> = text
        .match_indices("[[exercises]]")
        .filter(|(at, _)| *at == 0 || text.as_bytes()[at - 1] == b'\n')
        .map(|(at, _)| at)
        .collect();
    let entry_topic = |i: usize| {
        let end = headers.get(i + 1).copied().unwrap_or(text.len());
        text[headers[i]..end].lines().find_map(|line| {
            line.trim()
                .strip_prefix("topic = \"")
                .and_then(|rest| rest.strip_suffix('"'))
        })
    };
    let last_of_topic = (0..headers.len())
        .rev()
        .find(|&i| entry_topic(i) == Some(topic));
    let first_of_later = || {
        (0..headers.len())
            .find(|&i| entry_topic(i).is_some_and(|t| later_topics.contains(&t)))
            .map(|i| headers[i])
    };
    let at = match last_of_topic {
        Some(i) => headers.get(i + 1).copied().unwrap_or(text.len()),
        None => first_of_later().unwrap_or(text.len()),
    };
    let (before, after) = text.split_at(at);
    let separator = if before.ends_with("\n\n") || before.is_empty() {
        ""
    } else if before.ends_with('\n') {
        "\n"
    } else {
        "\n\n"
    };
    let gap = if after.is_empty() { "" } else { "\n" };
    format!("{before}{separator}{entry}{gap}{after}")
}
