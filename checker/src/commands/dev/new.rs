//! `checker dev new TOPIC NAME`: scaffolds an exercise that already passes
//! the structural checks, so an instructor starts from working parts.

use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::catalogue::Catalogue;
use crate::files::write_atomically;
use crate::seal::{SEAL_FILE, Seal, file_ids};
use crate::workspace::Workspace;

pub fn run(workspace: &Workspace, topic: &str, name: &str) -> Result<u8> {
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
    let files = scaffold_files(&package, name, with_trybuild, with_msrv);
    for (path, contents) in &files {
        write_new(&exercise_dir.join(path), contents)?;
    }
    write_new(&solution_dir.join("src/lib.rs"), &solution_lib(name))?;
    let variants = solution_dir.join(crate::variants::DIR);
    write_new(
        &variants.join("alt-another-design.rs"),
        &format!(
            "// variant: TODO: another correct design the statement allows\n{}\npub fn answer() -> u32 {{\n    6 * 7\n}}\n",
            statement(name)
        ),
    )?;
    write_new(
        &variants.join("lazy-the-shortcut.rs"),
        &format!(
            "// variant: TODO: a fix the statement rules out\n// expect: tests\n{}\npub fn answer() -> u32 {{\n    0\n}}\n",
            statement(name)
        ),
    )?;

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
        &entry(&id, name, topic, &dir_name),
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
    name: &str,
    with_trybuild: bool,
    with_msrv: bool,
) -> Vec<(&'static str, String)> {
    // The workspace's minimum Rust, where it declares one, binds the crate.
    let msrv = if with_msrv {
        "rust-version.workspace = true\n"
    } else {
        ""
    };
    let lib = package.replace('-', "_");
    let dev_dependencies = if with_trybuild {
        "\n[dev-dependencies]\ntrybuild.workspace = true\n"
    } else {
        ""
    };
    let mut files = vec![
        (
            "Cargo.toml",
            format!(
                "[package]\nname = \"{package}\"\nversion = \"0.1.0\"\nedition.workspace = true\n{msrv}publish.workspace = true\n{dev_dependencies}"
            ),
        ),
        (
            "src/lib.rs",
            format!(
                "{}\n// TODO: the learner's work goes here.\npub fn answer() -> u32 {{\n    0\n}}\n",
                statement(name)
            ),
        ),
        (
            "tests/behaviour.rs",
            format!(
                "use {lib}::answer;\n\n#[test]\nfn gives_the_answer() {{\n    assert_eq!(answer(), 42);\n}}\n"
            ),
        ),
        (
            "tests/pass/uses_the_api.rs",
            format!(
                "// A use of the learner's API that must compile and run: its shape, not its\n// behaviour, which the tests judge.\nfn main() {{\n    let answer: u32 = {lib}::answer();\n    let _ = answer;\n}}\n"
            ),
        ),
        (
            "tests/fail/misuses_the_api.rs",
            format!(
                "// A misuse the learner's API must reject, annotated with the error and line.\nfn main() {{\n    let _: String = {lib}::answer(); //~ ERROR E0308\n}}\n"
            ),
        ),
    ];
    if with_trybuild {
        files.push((
            "tests/must_pass.rs",
            crate::judge::TRYBUILD_TEST_SOURCE.to_string(),
        ));
    }
    files
}

/// The task statement the learner's file opens with; the solution and the
/// variants repeat it.
fn statement(name: &str) -> String {
    format!(
        "//! # {name}\n//!\n//! TODO: the task statement: what to build or fix, and what counts as done.\n"
    )
}

fn solution_lib(name: &str) -> String {
    format!(
        "{}\npub fn answer() -> u32 {{\n    42\n}}\n",
        statement(name)
    )
}

fn entry(id: &str, name: &str, topic: &str, dir: &str) -> String {
    format!(
        "[[exercises]]\nid = \"{id}\"\nname = \"{name}\"\ntopic = \"{topic}\"\ndir = \"{dir}\"\ndifficulty = \"junior\"\nfiles = [\"src/lib.rs\"]\nexpect = [\"tests\"]\nhint = \"TODO: a hint that helps without giving the answer away.\"\n\n[[exercises.notes]]\nquestion = \"TODO: a follow-up question an interviewer asks.\"\nanswer = \"TODO: a short model answer.\"\n\n[[exercises.notes]]\nquestion = \"TODO: a second follow-up question.\"\nanswer = \"TODO: its short model answer.\"\n"
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
