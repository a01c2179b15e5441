//! The parts of `dev check` that go beyond one solution: every variant is
//! judged as its kind says, every rule is seen broken at least once, and
//! every code of an annotation with alternatives is reached by a design.

use std::collections::BTreeSet;
use std::path::PathBuf;

use anyhow::Result;

use super::memo::{Memo, Proved};
use crate::catalogue::{Exercise, Expectation};
use crate::judge::Judge;
use crate::judge::cases::Case;
use crate::scratch::Scratch;
use crate::seal::Seal;
use crate::variants::{self, Kind};
use crate::verdict::{CaseOutcome, Verdict};
use crate::workspace::Workspace;

/// What the shipped state and the solution showed, gathered before the
/// variants run on the same scratch slot.
pub struct Seen {
    /// Failures of the shipped state and of every lazy variant.
    pub failures: Vec<String>,
    /// `(case, line, code)` of each must-fail annotation met by the
    /// solution or an alt variant.
    pub matched: BTreeSet<(String, usize, String)>,
    /// The judged states that ran into their time limit (see `note_wait`).
    pub waited: Vec<String>,
}

impl Seen {
    pub fn new(shipped: &Proved, solution: &Proved, waited: Vec<String>) -> Self {
        Self {
            failures: shipped.failures.clone(),
            matched: solution.matched.iter().cloned().collect(),
            waited,
        }
    }

    fn add(&mut self, proved: &Proved) {
        self.failures.extend(proved.failures.iter().cloned());
        self.matched.extend(proved.matched.iter().cloned());
    }
}

/// What a verdict leaves for the rest of the proof.
pub fn proved(verdict: &Verdict) -> Proved {
    let mut matched = Vec::new();
    for case in verdict.cases.iter().flat_map(|stage| &stage.cases) {
        if let CaseOutcome::Ok { matched: errors } = &case.outcome {
            matched.extend(
                errors
                    .iter()
                    .map(|error| (case.name.clone(), error.line, error.code.clone())),
            );
        }
    }
    Proved {
        failures: verdict.failures().iter().map(ToString::to_string).collect(),
        matched,
    }
}

/// Judges each variant on the slot: alt ones must be solved, lazy ones must
/// fail exactly as declared. Then proves the rules and the alternatives.
pub fn variant_problems(
    workspace: &Workspace,
    slot: &Scratch,
    seal: &Seal,
    exercise: &Exercise,
    all_cases: &[Case],
    memo: &Memo,
    seen: &mut Seen,
) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let found = match variants::discover(workspace, exercise) {
        Ok(found) => found,
        Err(error) => return Ok(vec![format!("{error:#}")]),
    };
    let solution_dir = workspace.root.join(exercise.solution_dir());
    for variant in &found {
        if variant.about.contains("TODO") {
            problems.push(format!(
                "variant {} still says TODO: say what it shows on its `// variant:` line",
                variant.name
            ));
        }
        // A variant stands on the solution's other files, if there are any.
        let mut inputs: Vec<PathBuf> = exercise
            .files
            .iter()
            .filter(|file| !variant.files.iter().any(|(replaced, _)| replaced == *file))
            .map(|file| solution_dir.join(file))
            .collect();
        inputs.extend(variant.files.iter().map(|(_, from)| from.clone()));
        let key = memo.key(&inputs.iter().map(PathBuf::as_path).collect::<Vec<_>>());
        let step = format!("variant-{}", variant.name);
        if let Some(proved) = memo.get(&step, &key) {
            seen.add(&proved);
            continue;
        }
        let copy = slot.prepare_variant(workspace, exercise, variant)?;
        let judge = Judge::quiet(&copy, seal);
        let verdict = judge.judge(exercise)?;
        super::outcomes::note_wait(&mut seen.waited, &variant.name, &verdict);
        let shown = || crate::render::verdict_text(exercise, &verdict);
        let what = format!("variant {} ({})", variant.name, variant.about);
        let mut wrong = Vec::new();
        match variant.kind {
            Kind::Alt => {
                if !verdict.solved() {
                    wrong.push(format!(
                        "{what} is another correct design and must be solved, but it is `{}`:\n{}",
                        verdict.status.describe(),
                        shown()
                    ));
                }
            }
            Kind::Lazy => {
                if verdict.solved() {
                    wrong.push(format!(
                        "{what} is a fix the lesson forbids, but it is judged solved: add the rule, test or case that catches it"
                    ));
                } else {
                    wrong.extend(super::outcomes::mismatch(
                        &what,
                        &variant.expect,
                        &verdict,
                        &copy.root,
                        shown,
                    ));
                }
            }
        }
        let proved = self::proved(&verdict);
        // An alt variant proves the codes it met; a lazy one, its failures.
        let proved = match variant.kind {
            Kind::Alt => Proved {
                failures: Vec::new(),
                ..proved
            },
            Kind::Lazy => Proved {
                matched: Vec::new(),
                ..proved
            },
        };
        if wrong.is_empty() {
            seen.add(&proved);
            memo.put(&step, &key, &proved)?;
        }
        problems.extend(wrong);
    }
    problems.extend(missing_variants(exercise, all_cases, &found));
    problems.extend(unproven_rules(exercise, seen));
    problems.extend(unproven_keeps(exercise, seen));
    problems.extend(unreached_alternatives(all_cases, seen));
    Ok(problems)
}

/// Every exercise shows a fix its lesson rules out; one that rejects misuse
/// (must-fail cases) also shows another correct design that gets through.
fn missing_variants(
    exercise: &Exercise,
    all_cases: &[Case],
    found: &[variants::Variant],
) -> Vec<String> {
    let mut problems = Vec::new();
    let has = |kind: Kind| found.iter().any(|variant| variant.kind == kind);
    let dir = exercise.solution_dir().join(variants::DIR);
    if !has(Kind::Lazy) {
        problems.push(format!(
            "no lazy variant: add {}/lazy-NAME.rs, a fix the statement rules out, and what catches it",
            dir.display()
        ));
    }
    let rejects_misuse = all_cases
        .iter()
        .any(|case| case.kind == crate::verdict::CaseKind::MustFail);
    if rejects_misuse && !has(Kind::Alt) {
        problems.push(format!(
            "must-fail cases but no alt variant: add {}/alt-NAME.rs, another correct design they must let through",
            dir.display()
        ));
    }
    problems
}

/// A rule nothing breaks is a rule nobody has seen work.
fn unproven_rules(exercise: &Exercise, seen: &Seen) -> Vec<String> {
    exercise
        .rules
        .iter()
        // The default rules are proven once, by the checker's own tests.
        .filter(|rule| !exercise.is_default_only(rule))
        .filter(|rule| !seen.failures.contains(&Expectation::Rule(rule.lint.clone()).to_string()))
        .map(|rule| {
            format!(
                "rule `{}` is broken neither by the shipped state nor by a lazy variant: add a `variants/lazy-*.rs` that it catches",
                rule.lint
            )
        })
        .collect()
}

/// A kept item nothing changes is a keep nobody has seen work.
fn unproven_keeps(exercise: &Exercise, seen: &Seen) -> Vec<String> {
    exercise
        .keep
        .iter()
        .filter(|item| !seen.failures.contains(&Expectation::Keep(item.to_string()).to_string()))
        .map(|item| {
            format!(
                "keep `{item}` is changed neither by the shipped state nor by a lazy variant: add a `variants/lazy-*.rs` that changes it (head `// expect: keep:{item}`)"
            )
        })
        .collect()
}

/// Each code of `//~ ERROR E0599|E0277` must be what some correct design
/// (the solution or an alt variant) is rejected with, so a list never
/// widens beyond what a design really produces.
fn unreached_alternatives(all_cases: &[Case], seen: &Seen) -> Vec<String> {
    let mut problems = Vec::new();
    for case in all_cases {
        for annotation in case.annotations.iter().filter(|a| a.codes.len() > 1) {
            for code in &annotation.codes {
                if !seen
                    .matched
                    .contains(&(case.name.clone(), annotation.line, code.clone()))
                {
                    problems.push(format!(
                        "{}/{}.rs:{}: no correct design is rejected with {code} here; prove it with a `variants/alt-*.rs` that is, or drop the code",
                        crate::judge::cases::FAIL_DIR,
                        case.name,
                        annotation.line
                    ));
                }
            }
        }
    }
    problems
}
