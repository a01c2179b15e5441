//! `checker verify`: judge exercises and record the results.

use std::io::IsTerminal;

use anyhow::{Context, Result};

use crate::catalogue::{Catalogue, Exercise};
use crate::judge::Judge;
use crate::seal::Seal;
use crate::workspace::Workspace;

pub fn run(
    workspace: &Workspace,
    names: &[String],
    all: bool,
    json: bool,
    junit: Option<&std::path::Path>,
) -> Result<u8> {
    let catalogue = Catalogue::load(workspace)?;
    let seal = Seal::load(workspace)?;
    let mut progress = crate::progress::load(workspace)?;

    let chosen: Vec<&Exercise> = if all {
        catalogue.exercises.iter().collect()
    } else if names.is_empty() {
        match progress.current_exercise(&catalogue) {
            Some(exercise) => vec![exercise],
            None => {
                println!(
                    "Every exercise is solved. `{} verify --all` re-checks them.",
                    crate::workspace::invocation()
                );
                return Ok(0);
            }
        }
    } else {
        names
            .iter()
            .map(|name| catalogue.find(name))
            .collect::<Result<_>>()?
    };

    let single = chosen.len() == 1;
    // Several exercises are judged side by side: while one waits for cargo's
    // lock or links, another's tests run. Each is shown as soon as it and
    // every one before it are done, in the order asked.
    let jobs = if single {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    };
    let judge = Judge {
        workspace,
        seal: &seal,
        output: crate::cargo::Output {
            color: !json && crate::render::color_on_stdout(),
            // One status line for one build at a time.
            compiling: if jobs == 1 && std::io::stderr().is_terminal() {
                crate::cargo::Compiling::StatusLine
            } else {
                crate::cargo::Compiling::Off
            },
        },
        lint_all: false,
        stages: None,
    };
    let mut all_solved = true;
    let mut judged = Vec::new();
    let (send, receive) = std::sync::mpsc::channel();
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| -> Result<()> {
        for _ in 0..jobs {
            let (send, next, chosen, judge) = (send.clone(), &next, &chosen, &judge);
            scope.spawn(move || {
                loop {
                    let index = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(exercise) = chosen.get(index) else {
                        break;
                    };
                    if send.send((index, judge.judge(exercise))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send);
        let mut waiting: std::collections::BTreeMap<usize, Result<crate::verdict::Verdict>> =
            std::collections::BTreeMap::new();
        for (index, result) in receive {
            waiting.insert(index, result);
            while let Some(result) = waiting.remove(&judged.len()) {
                let exercise = chosen[judged.len()];
                let verdict = result?;
                if json {
                    println!("{}", serde_json::to_string(&verdict)?);
                } else {
                    let mut lines =
                        crate::render::verdict(exercise, &verdict, workspace.shown_root());
                    // Once it works, the interviewer's next questions.
                    if single && verdict.solved() {
                        lines.push(Vec::new());
                        lines.extend(crate::render::notes(exercise));
                    }
                    crate::render::print(&lines);
                }
                all_solved &= verdict.solved();
                progress.record(&verdict);
                judged.push((exercise, verdict));
            }
        }
        Ok(())
    })?;
    if let Some(path) = junit {
        let pairs: Vec<(&Exercise, &crate::verdict::Verdict)> =
            judged.iter().map(|(e, v)| (*e, v)).collect();
        let xml = crate::render::junit::report(&crate::render::junit::verdict_cases(&pairs))?;
        crate::files::write_atomically(path, xml.as_bytes())
            .with_context(|| format!("cannot write the JUnit report {}", path.display()))?;
    }
    // Move on past what is solved now.
    let still_current = progress
        .current
        .as_deref()
        .is_some_and(|id| catalogue.by_id(id).is_some() && !progress.is_solved(id));
    if !still_current {
        progress.current = progress.first_unsolved(&catalogue).map(|e| e.id.clone());
    }
    progress.save(workspace)?;
    Ok(if all_solved {
        0
    } else {
        super::EXIT_NOT_SOLVED
    })
}
