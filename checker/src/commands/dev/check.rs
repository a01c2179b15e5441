//! `checker dev check`: the authoring proof. For every exercise, on scratch
//! copies: the shipped state fails for the declared reason, the solution
//! passes every stage, plain `cargo test` runs the must-pass cases through
//! the standard trybuild test, and the solution is rustfmt and clippy clean.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use super::memo::Memo;
use super::{outcomes, proof};
use crate::cargo;
use crate::catalogue::{Catalogue, Exercise, Expectation};
use crate::judge::cases::{self, FAIL_DIR, PASS_DIR};
use crate::judge::predict::{self, Answer};
use crate::judge::{Judge, TRYBUILD_TEST, TRYBUILD_TEST_SOURCE};
use crate::render::{Style, span};
use crate::scratch::{Scratch, State};
use crate::seal::{SEAL_FILE, Seal, file_ids};
use crate::verdict::{CaseKind, Status, Verdict};
use crate::workspace::Workspace;

/// Follow-up questions an exercise must carry.
const MIN_NOTES: usize = 2;

struct Outcome {
    id: String,
    problems: Vec<String>,
    elapsed: Duration,
    /// The judged states that ran into their time limit, with the limit.
    waited: Vec<String>,
}

pub fn run(
    workspace: &Workspace,
    names: &[String],
    jobs: Option<usize>,
    fresh: bool,
    junit: Option<&Path>,
) -> Result<u8> {
    let started = Instant::now();
    let catalogue = Catalogue::load(workspace)?;
    let seal = Seal::load(workspace)?;
    let exercises = super::chosen(&catalogue, names)?;

    // A stale seal is the one thing to fix first: judged against it, the
    // author's own changes would read as a learner's tampering.
    let mut stale = std::collections::HashMap::new();
    for exercise in &exercises {
        let on_disk = file_ids(&workspace.root.join(&exercise.dir))?;
        let sealed = seal.exercises.get(&exercise.id);
        if sealed != Some(&on_disk) {
            let mut changed: Vec<&str> = on_disk
                .iter()
                .filter(|(path, id)| sealed.and_then(|s| s.get(*path)) != Some(id))
                .map(|(path, _)| path.as_str())
                .collect();
            if let Some(sealed) = sealed {
                changed.extend(
                    sealed
                        .keys()
                        .filter(|path| !on_disk.contains_key(*path))
                        .map(String::as_str),
                );
            }
            stale.insert(
                exercise.id.clone(),
                stale_seal_problem(workspace, exercise, &changed),
            );
        }
    }

    // One more than the cores: a slot spends part of its time off the CPU
    // (a link on one thread, a test waiting, a time limit), so
    // with one slot per core the machine idles a fifth of the run. Race
    // detectors still catch their lazy variants at this load, in about half
    // of their replay budget.
    let jobs = jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()) + 1)
        .clamp(1, exercises.len().max(1));
    // Claimed up front: a slot held by another checker is passed over.
    let slots = (0..jobs)
        .map(|job| Scratch::claim(workspace, &format!("check-{job}")))
        .collect::<Result<Vec<_>>>()?;
    let warmup = super::warm::Warmup::plan(workspace, &slots, &exercises)?;
    // The exercises with the most states to judge first, so the run does
    // not end with one slot busy on a long exercise and the others idle.
    let mut order = exercises.clone();
    order.sort_by_cached_key(|exercise| std::cmp::Reverse(states_to_judge(workspace, exercise)));
    let queue = Mutex::new(order);
    let outcomes = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for (index, slot) in slots.iter().enumerate() {
            let (queue, outcomes, seal, stale) = (&queue, &outcomes, &seal, &stale);
            let (warmup, slots) = (&warmup, &slots);
            scope.spawn(move || {
                warmup.build_if_builder(workspace, index, slot);
                let mut cold = warmup.is_cold(index);
                loop {
                    // A cold slot takes what needs no dependencies meanwhile.
                    let next = queue.lock().ok().and_then(|mut queue| {
                        let at = queue
                            .iter()
                            .position(|e| !cold || !warmup.needs_dependencies(e))?;
                        Some(queue.remove(at))
                    });
                    let exercise = match next {
                        Some(exercise) => exercise,
                        None if cold && queue.lock().is_ok_and(|queue| !queue.is_empty()) => {
                            if let Err(error) = warmup.copy_when_built(slots, slot) {
                                eprintln!("cannot copy the built dependencies: {error:#}");
                            }
                            cold = false;
                            continue;
                        }
                        None => break,
                    };
                    let begun = Instant::now();
                    let mut waited = Vec::new();
                    let problems = match stale.get(&exercise.id) {
                        Some(problem) => vec![problem.clone()],
                        None => check_exercise(workspace, slot, seal, exercise, fresh, &mut waited)
                            .unwrap_or_else(|error| vec![format!("{error:#}")]),
                    };
                    let outcome = Outcome {
                        id: exercise.id.clone(),
                        problems,
                        elapsed: begun.elapsed(),
                        waited,
                    };
                    print_outcome(&outcome);
                    if let Ok(mut outcomes) = outcomes.lock() {
                        outcomes.push(outcome);
                    }
                }
            });
        }
    });

    warmup.finish(&slots);
    let outcomes = outcomes.into_inner().unwrap_or_default();
    // What CI proves about the catalogue as a whole.
    let readme_stale = super::readme::is_stale(workspace, &catalogue);
    if readme_stale {
        crate::render::print(&[vec![
            span("FAIL", Style::BAD.bold()),
            span(
                format!(
                    " README.md's table of topics is out of date: run `{} dev seal`",
                    crate::workspace::invocation()
                ),
                Style::PLAIN,
            ),
        ]]);
    }
    let failed = outcomes.iter().filter(|o| !o.problems.is_empty()).count();
    if let Some(path) = junit {
        let cases: Vec<crate::render::junit::Case> = outcomes
            .iter()
            .map(|outcome| crate::render::junit::Case {
                suite: catalogue
                    .by_id(&outcome.id)
                    .map_or_else(String::new, |e| e.topic.clone()),
                name: outcome.id.clone(),
                seconds: outcome.elapsed.as_secs_f64(),
                failure: (!outcome.problems.is_empty()).then(|| {
                    (
                        format!("{} problem(s)", outcome.problems.len()),
                        outcome.problems.join("\n"),
                    )
                }),
            })
            .collect();
        let xml = crate::render::junit::report(&cases)?;
        crate::files::write_atomically(path, xml.as_bytes())
            .with_context(|| format!("cannot write the JUnit report {}", path.display()))?;
    }
    let slowest = outcomes.iter().max_by_key(|o| o.elapsed);
    println!(
        "\n{} exercises, {jobs} at once, {:.1} s{}",
        outcomes.len(),
        started.elapsed().as_secs_f64(),
        slowest
            .map(|o| format!("; slowest {} {:.1} s", o.id, o.elapsed.as_secs_f64()))
            .unwrap_or_default()
    );
    if let Some(files) = uncommitted(workspace) {
        println!("to commit with the exercise: {files}");
    }
    // Alone on its line, in the form CI reads as a test summary.
    println!("check: {} passed, {failed} failed", outcomes.len() - failed);
    Ok(if failed == 0 && !readme_stale {
        0
    } else {
        super::super::EXIT_NOT_SOLVED
    })
}

/// What to do about files changed since the seal. The learner's files come
/// first and are not the author's to seal blindly: a solution copied in to
/// try it would be shipped as the exercise.
fn stale_seal_problem(workspace: &Workspace, exercise: &Exercise, changed: &[&str]) -> String {
    let checker = crate::workspace::invocation();
    let name = &exercise.name;
    let (learners, authors): (Vec<&str>, Vec<&str>) = changed.iter().partition(|path| {
        exercise
            .files
            .iter()
            .any(|f| crate::seal::slash_path(f) == **path)
    });
    let mut said = Vec::new();
    for path in &learners {
        let file = workspace.root.join(&exercise.dir).join(path);
        let solution = workspace.root.join(exercise.solution_dir()).join(path);
        let is_solution = std::fs::read(&file)
            .ok()
            .is_some_and(|text| std::fs::read(&solution).is_ok_and(|s| s == text));
        said.push(if is_solution {
            format!(
                "{path} holds the solution: `{checker} dev seal` would ship the answer as the exercise. `{checker} reset {name}` puts the shipped file back (yours is backed up first); `{checker} dev try {name}` judges the solution on a scratch copy"
            )
        } else {
            format!(
                "{path}, the file learners edit, differs from the sealed one: `{checker} reset {name}` puts it back (yours is backed up first), `{checker} dev try {name} FILE` judges a file as a learner's on a scratch copy; only if you changed the starting code on purpose, `{checker} dev seal`"
            )
        });
    }
    if !authors.is_empty() {
        said.push(format!(
            "{SEAL_FILE} is out of date for this exercise ({} changed since it was sealed): run `{checker} dev seal`",
            authors.join(", ")
        ));
    }
    said.join("\n")
}

/// How many states `dev check` judges for the exercise: shipped, solution
/// and each variant.
fn states_to_judge(workspace: &Workspace, exercise: &Exercise) -> usize {
    let variants = workspace
        .root
        .join(exercise.solution_dir())
        .join(crate::variants::DIR);
    2 + std::fs::read_dir(variants).map_or(0, |entries| entries.count())
}

/// What an author changed and has not committed yet, among the files an
/// exercise lives in; None outside git or when all is committed.
fn uncommitted(workspace: &Workspace) -> Option<String> {
    let output = Command::new("git")
        .args(["status", "--porcelain", "--untracked-files=all", "--"])
        .args([
            "exercises",
            "solutions",
            "info.toml",
            SEAL_FILE,
            "README.md",
            "Cargo.lock",
        ])
        .current_dir(&workspace.root)
        .output()
        .ok()
        .filter(|output| output.status.success())?;
    let files: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.get(3..))
        .map(str::to_string)
        .collect();
    (!files.is_empty()).then(|| files.join(", "))
}

fn print_outcome(outcome: &Outcome) {
    let seconds = outcome.elapsed.as_secs_f64();
    // Where an exercise's time went when it is not compiling or testing.
    let waited = if outcome.waited.is_empty() {
        String::new()
    } else {
        format!("; waited out the time limit: {}", outcome.waited.join(", "))
    };
    if outcome.problems.is_empty() {
        crate::render::print(&[vec![
            span("ok", Style::GOOD.bold()),
            span(
                format!("   {} ({seconds:.1} s{waited})", outcome.id),
                Style::PLAIN,
            ),
        ]]);
    } else {
        crate::render::print(&[vec![
            span("FAIL", Style::BAD.bold()),
            span(
                format!(" {} ({seconds:.1} s{waited})", outcome.id),
                Style::PLAIN,
            ),
        ]]);
        for problem in &outcome.problems {
            println!("     - {}", problem.replace('\n', "\n       "));
        }
    }
}

fn check_exercise(
    workspace: &Workspace,
    slot: &Scratch,
    seal: &Seal,
    exercise: &Exercise,
    fresh: bool,
    waited: &mut Vec<String>,
) -> Result<Vec<String>> {
    // Cases that cannot be read cannot be judged: say so, and only that.
    let all_cases = match cases::discover(&workspace.root.join(&exercise.dir), &exercise.dir) {
        Ok(all_cases) => all_cases,
        Err(error) => return Ok(vec![format!("{error:#}")]),
    };
    let mut problems = static_problems(workspace, exercise, &all_cases);
    let solution_dir = workspace.root.join(exercise.solution_dir());
    let missing: Vec<_> = exercise
        .files
        .iter()
        .filter(|file| !solution_dir.join(file).is_file())
        .collect();
    for file in &missing {
        problems.push(format!(
            "no solution file {}",
            workspace.relative(&solution_dir.join(file)).display()
        ));
    }
    let memo = Memo::new(workspace, exercise, fresh)?;

    let key = memo.key(&[]);
    let shipped = match memo.get("shipped", &key) {
        Some(proved) => proved,
        None => {
            let copy = slot.prepare(workspace, exercise, State::Shipped)?;
            let judge = Judge::quiet(&copy, seal);
            let verdict = judge.judge(exercise)?;
            outcomes::note_wait(waited, "shipped", &verdict);
            let found = if exercise.predict {
                prediction_problems(&judge, exercise, &verdict)?
            } else {
                expectation_problems(exercise, &verdict, &copy.root)
            };
            let proved = proof::proved(&verdict);
            if found.is_empty() {
                memo.put("shipped", &key, &proved)?;
            }
            problems.extend(found);
            proved
        }
    };

    if !missing.is_empty() {
        return Ok(problems);
    }
    problems.extend(rustfmt_problems(workspace, exercise)?);
    let solution_files: Vec<PathBuf> = exercise
        .files
        .iter()
        .map(|f| solution_dir.join(f))
        .collect();
    let key = memo.key(
        &solution_files
            .iter()
            .map(PathBuf::as_path)
            .collect::<Vec<_>>(),
    );
    let solution = match memo.get("solution", &key) {
        Some(proved) => proved,
        None => {
            let solved = slot.prepare(workspace, exercise, State::Solution)?;
            // Judged and linted in one build: clippy's own lints as errors.
            let judge = Judge {
                lint_all: true,
                ..Judge::quiet(&solved, seal)
            };
            let verdict = judge.judge(exercise)?;
            if !verdict.solved() {
                problems.push(match lint_errors(exercise, &verdict) {
                    Some(lints) => format!("the solution is not clippy clean:\n{lints}"),
                    None => format!(
                        "the solution is not judged solved ({}):\n{}",
                        verdict.status.describe(),
                        crate::render::verdict_text(exercise, &verdict)
                    ),
                });
                return Ok(problems);
            }
            let found = unknown_lints(exercise, &verdict);
            let proved = proof::proved(&verdict);
            if found.is_empty() {
                memo.put("solution", &key, &proved)?;
            }
            problems.extend(found);
            proved
        }
    };
    // The variants take the slot over from here.
    let mut seen = proof::Seen::new(&shipped, &solution, std::mem::take(waited));
    let found = proof::variant_problems(
        workspace, slot, seal, exercise, &all_cases, &memo, &mut seen,
    );
    *waited = seen.waited;
    problems.extend(found?);
    Ok(problems)
}

/// A rule whose lint rustc and clippy do not know would forbid nothing.
fn unknown_lints(exercise: &Exercise, verdict: &Verdict) -> Vec<String> {
    verdict
        .build
        .diagnostics
        .iter()
        // E0602 for a lint named on the command line, unknown_lints in code.
        .filter(|d| matches!(d.code.as_deref(), Some("E0602" | "unknown_lints")))
        .filter(|d| exercise.rules.iter().any(|r| d.message.contains(&r.lint)))
        .map(|d| format!("a rule names a lint nobody knows: {}", d.message))
        .collect()
}

/// What can be seen without compiling anything.
fn static_problems(
    workspace: &Workspace,
    exercise: &Exercise,
    all_cases: &[cases::Case],
) -> Vec<String> {
    let mut problems = Vec::new();
    if exercise.hint.is_empty() || exercise.hint.contains("TODO") {
        problems.push("the hint is empty or still a TODO".into());
    }
    if exercise
        .notes
        .iter()
        .any(|note| note.question.contains("TODO") || note.answer.contains("TODO"))
    {
        problems.push("a talk-through note is still a TODO".into());
    }
    if exercise.notes.len() < MIN_NOTES {
        problems.push(format!(
            "{} talk-through notes; an exercise needs at least {MIN_NOTES}",
            exercise.notes.len()
        ));
    }
    let exercise_dir = workspace.root.join(&exercise.dir);
    let mut has_todo = false;
    for file in &exercise.files {
        has_todo |=
            std::fs::read_to_string(exercise_dir.join(file)).is_ok_and(|t| t.contains("TODO"));
    }
    if !has_todo {
        problems.push("no file the learner edits has a TODO marker".into());
    }
    problems.extend(statement_problems(workspace, exercise));
    problems.extend(answers_given_away(exercise));
    for case in all_cases
        .iter()
        .filter(|c| c.kind == CaseKind::MustFail && c.annotations.is_empty())
    {
        problems.push(format!(
            "{FAIL_DIR}/{}.rs has no `//~ ERROR Exxxx` annotation",
            case.name
        ));
    }
    if !exercise.rules.is_empty() && crate::judge::integration_tests(&exercise_dir).is_empty() {
        problems.push(
            "an exercise with rules needs a test in tests/*.rs: the rules are checked on the library those tests link".into(),
        );
    }
    let has_pass_cases = all_cases.iter().any(|c| c.kind == CaseKind::MustPass);
    let has_trybuild = exercise_dir
        .join(format!("tests/{TRYBUILD_TEST}.rs"))
        .is_file();
    if has_pass_cases && !has_trybuild {
        problems.push(format!(
            "{PASS_DIR} has cases but no tests/{TRYBUILD_TEST}.rs runs them for plain `cargo test`"
        ));
    }
    // Anything else there could judge the cases differently from the checker.
    let runner = exercise_dir.join(format!("tests/{TRYBUILD_TEST}.rs"));
    if has_trybuild
        && std::fs::read_to_string(&runner).ok().as_deref() != Some(TRYBUILD_TEST_SOURCE)
    {
        problems.push(format!(
            "tests/{TRYBUILD_TEST}.rs must be the standard trybuild runner, word for word, so plain `cargo test` judges {PASS_DIR} as the checker does:\n{TRYBUILD_TEST_SOURCE}"
        ));
    }
    for expectation in &exercise.expect {
        if let Expectation::Case(name) = expectation
            && !all_cases.iter().any(|case| &case.name == name)
        {
            problems.push(format!("expect names case `{name}`, which does not exist"));
        }
    }
    problems
}

/// The solution opens with the learner's task statement (its leading `//!`
/// lines), word for word, so the two can never disagree; it may go on with
/// more, such as why the fix works.
/// A predict item's hint and notes must not name the error it asks for: the
/// learner reads them before answering.
fn answers_given_away(exercise: &Exercise) -> Vec<String> {
    if !exercise.predict {
        return Vec::new();
    }
    let texts = std::iter::once(("the hint", exercise.hint.as_str())).chain(
        exercise.notes.iter().flat_map(|note| {
            [
                ("a note", note.question.as_str()),
                ("a note", note.answer.as_str()),
            ]
        }),
    );
    let codes: Vec<&str> = exercise
        .expect
        .iter()
        .filter_map(|expected| match expected {
            Expectation::Error(code) => Some(code.as_str()),
            _ => None,
        })
        .collect();
    let mut problems = Vec::new();
    for (what, text) in texts {
        for code in codes.iter().filter(|code| text.contains(**code)) {
            let problem = format!(
                "{what} names {code}, the error this predict item asks for: the learner reads it before answering"
            );
            if !problems.contains(&problem) {
                problems.push(problem);
            }
        }
    }
    problems
}

fn statement_problems(workspace: &Workspace, exercise: &Exercise) -> Vec<String> {
    let statement = |path: &Path| -> Vec<String> {
        std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .take_while(|line| line.starts_with("//!"))
            .map(str::to_string)
            .collect()
    };
    let exercise_dir = workspace.root.join(&exercise.dir);
    let solution_dir = workspace.root.join(exercise.solution_dir());
    exercise
        .files
        .iter()
        .filter(|file| file.extension().is_some_and(|ext| ext == "rs"))
        .filter_map(|file| {
            let learner = statement(&exercise_dir.join(file));
            let solution = statement(&solution_dir.join(file));
            let differs = learner
                .iter()
                .zip(&solution)
                .position(|(a, b)| a != b)
                .or((solution.len() < learner.len()).then_some(solution.len()))?;
            Some(format!(
                "{}:{}: the solution's task statement differs from the learner's; it must start with the learner's `//!` lines, word for word",
                workspace.relative(&solution_dir.join(file)).display(),
                differs + 1
            ))
        })
        .collect()
}

/// The shipped state fails exactly as `expect` says: every declared failure
/// happens, and nothing fails that is not declared, so an exercise teaches
/// the lesson it names and no other error hides behind it.
fn expectation_problems(exercise: &Exercise, verdict: &Verdict, root: &Path) -> Vec<String> {
    if verdict.solved() {
        return vec!["the shipped state is already solved: it teaches nothing".into()];
    }
    outcomes::mismatch("the shipped state", &exercise.expect, verdict, root, || {
        crate::render::verdict_text(exercise, verdict)
    })
}

/// A predict item, as shipped: it asks for the prediction and shows nothing;
/// rustc reports exactly the declared error; and with that answer written
/// in, the verdict is that error.
fn prediction_problems(
    judge: &Judge,
    exercise: &Exercise,
    verdict: &Verdict,
) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    if verdict.status != Status::NeedsPrediction || !verdict.build.diagnostics.is_empty() {
        problems.push(format!(
            "a predict item as shipped must ask for the prediction and show nothing else, but it is `{}`",
            verdict.status.describe()
        ));
        return Ok(problems);
    }
    let truth = predict::truth(judge.workspace, judge.seal, exercise)?;
    let declared: Vec<String> = exercise.expect.iter().map(ToString::to_string).collect();
    let reported: Vec<String> = truth
        .errors
        .iter()
        .map(|e| format!("{} on line {}", e.code, e.line))
        .collect();
    if truth.errors.iter().any(|e| !declared.contains(&e.code)) {
        problems.push(format!(
            "rustc must report only {} for the shipped code, but it reports {}",
            declared.join(", "),
            reported.join("; ")
        ));
        return Ok(problems);
    }
    let Some(first) = truth.errors.first() else {
        return Ok(problems);
    };
    let exercise_dir = judge.workspace.root.join(&exercise.dir);
    let Answer::Placeholder { file, line } = predict::read_answer(&exercise_dir, &exercise.files)
    else {
        problems.push(format!(
            "the shipped `{}` line is not the placeholder",
            predict::MARKER
        ));
        return Ok(problems);
    };
    let path = exercise_dir.join(&file);
    let text = std::fs::read_to_string(&path)?;
    let answered: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(index, text_line)| {
            if index + 1 == line {
                format!("{} {} line {}", predict::MARKER, first.code, first.line)
            } else {
                text_line.to_string()
            }
        })
        .collect();
    std::fs::write(&path, answered.join("\n") + "\n")?;
    let verdict = judge.judge(exercise)?;
    let shows_declared = verdict.build.diagnostics.iter().any(|d| {
        d.level == cargo::Level::Error && d.code.as_ref().is_some_and(|c| declared.contains(c))
    });
    if verdict.status != Status::CompileError || !shows_declared {
        problems.push(format!(
            "with the right prediction written in, the shipped code must fail with {}, but it is `{}`",
            declared.join(", "),
            verdict.status.describe()
        ));
    }
    Ok(problems)
}

/// When only lints stopped the solution's build (no `E....` error), what
/// they said, naming the solution's files: the copy holds them where the
/// learner's files go.
fn lint_errors(exercise: &Exercise, verdict: &Verdict) -> Option<String> {
    let errors: Vec<&cargo::Diagnostic> = verdict
        .build
        .diagnostics
        .iter()
        .filter(|d| d.level == cargo::Level::Error)
        .collect();
    let is_lint = |d: &&cargo::Diagnostic| {
        d.code
            .as_deref()
            .is_some_and(|code| !crate::judge::cases::is_error_code(code))
    };
    if errors.is_empty() || !errors.iter().all(is_lint) {
        return None;
    }
    let said: String = errors.iter().map(|d| d.rendered.as_str()).collect();
    let said = said.trim_end().to_string();
    Some(exercise.files.iter().fold(said, |text, file| {
        text.replace(
            &exercise.dir.join(file).display().to_string(),
            &exercise.solution_dir().join(file).display().to_string(),
        )
    }))
}

/// Every Rust file of the exercise and of its solution and variants is
/// rustfmt clean: CI's `cargo fmt --all --check` covers the crate's own
/// targets, and the rest is read by learners and instructors alike.
fn rustfmt_problems(workspace: &Workspace, exercise: &Exercise) -> Result<Vec<String>> {
    let mut files = Vec::new();
    for dir in [
        workspace.root.join(&exercise.dir),
        workspace.root.join(exercise.solution_dir()),
    ] {
        if dir.is_dir() {
            files.extend(
                crate::seal::files_below(&dir)?
                    .into_iter()
                    .filter(|file| file.extension().is_some_and(|ext| ext == "rs")),
            );
        }
    }
    if files.is_empty() {
        return Ok(Vec::new());
    }
    let mut command = Command::new("rustfmt");
    command.args([
        "--check",
        "--files-with-diff",
        "--color",
        "never",
        "--edition",
        "2024",
    ]);
    command.args(&files);
    let output = command
        .output()
        .context("cannot run rustfmt (`rustup component add rustfmt` installs it)")?;
    if output.status.success() {
        return Ok(Vec::new());
    }
    let unformatted: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| {
            workspace
                .relative(Path::new(line.trim()))
                .display()
                .to_string()
        })
        .collect();
    let said = String::from_utf8_lossy(&output.stderr);
    Ok(vec![if unformatted.is_empty() {
        format!("rustfmt cannot read a Rust file:\n{}", tail(&said, 30))
    } else {
        format!(
            "not rustfmt clean: {}; run `rustfmt --edition 2024 {}`",
            unformatted.join(", "),
            unformatted.join(" ")
        )
    }])
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}
