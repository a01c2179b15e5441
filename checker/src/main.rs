//! The interview exercise checker: judges exercises and keeps the learner's progress.

mod cargo;
mod catalogue;
mod commands;
mod files;
mod interview;
mod judge;
mod manifest;
mod platform;
mod process;
mod progress;
mod render;
mod scratch;
mod seal;
mod toolchain;
mod variants;
mod verdict;
mod watch;
mod workspace;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "checker",
    version,
    about = "Judges the Rust interview exercises"
)]
struct Cli {
    /// The exercise workspace (default: found by walking up from the current directory).
    #[arg(long, global = true, value_name = "DIR")]
    root: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Watch the exercises and judge the current one on every save.
    Watch {
        /// Poll the files for changes instead of waiting for the system's
        /// change events (chosen by itself where events cannot arrive).
        #[arg(long)]
        poll: bool,
        /// Show which file event started each check.
        #[arg(long)]
        why: bool,
        /// Print one JSON line per verdict, even on a terminal.
        #[arg(long)]
        json: bool,
    },
    /// A timed mock interview on fresh copies of the exercises, with a report.
    Interview {
        /// Length of the interview.
        #[arg(long, default_value_t = 45)]
        minutes: u32,
        /// Number of questions, 4 to 8.
        #[arg(long, default_value_t = 6)]
        questions: usize,
        /// Difficulty and shape: junior, mid or senior.
        #[arg(long, default_value = "mid", value_parser = parse_level)]
        level: catalogue::Difficulty,
        /// The same seed (with the same catalogue and history) picks the same questions.
        #[arg(long)]
        seed: Option<u64>,
        /// Print the plan and stop.
        #[arg(long)]
        dry_run: bool,
        /// JSON instead of text (the plan, the report or the history).
        #[arg(long)]
        json: bool,
        /// List past interviews with their scores.
        #[arg(long, conflicts_with_all = ["dry_run", "seed", "minutes", "questions", "level"])]
        history: bool,
        /// Minutes each question should take: the header shows the time on
        /// the current question against it.
        #[arg(long, value_name = "MINUTES")]
        per_question: Option<u32>,
    },
    /// List the exercises with their status, and progress per topic.
    List,
    /// Judge exercises: the current one, the ones named, or all.
    Verify {
        /// Exercise ids or names.
        names: Vec<String>,
        /// Judge every exercise.
        #[arg(long, conflicts_with = "names")]
        all: bool,
        /// Print one JSON object per exercise instead of text.
        #[arg(long)]
        json: bool,
        /// Also write the verdicts as JUnit XML to this file, for CI's test reports.
        #[arg(long, value_name = "FILE")]
        junit: Option<PathBuf>,
    },
    /// Show the hint of an exercise (default: the current one).
    Hint { name: Option<String> },
    /// Show the talk-through notes of an exercise (default: the current one).
    Notes { name: Option<String> },
    /// Show the reference solution, once the exercise is solved (default: the current one).
    Solution {
        name: Option<String>,
        /// Show it even though the exercise is not solved yet.
        #[arg(long)]
        force: bool,
    },
    /// Restore the shipped files of an exercise (default: the current one), backing up your current ones.
    Reset {
        name: Option<String>,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// Tools for the instructors who write exercises.
    #[command(subcommand)]
    Dev(commands::dev::DevCommand),
}

/// clap's usage line after a mistyped flag shows the flag it suggests as if
/// it were required (`checker verify --all [NAMES]...`); the command's own
/// usage replaces it.
fn exit_on_usage_error(error: clap::Error) -> ! {
    use clap::CommandFactory;
    if error.kind() != clap::error::ErrorKind::UnknownArgument {
        error.exit();
    }
    let text = error.render().to_string();
    let mut command = Cli::command();
    // Gives every subcommand its full name (`checker dev check`).
    command.build();
    let shown: Vec<String> = text
        .lines()
        .map(|line| match line.strip_prefix("Usage: ") {
            Some(usage) => {
                let mut here = command.clone();
                for word in usage.split_whitespace().skip(1) {
                    match here.find_subcommand(word) {
                        Some(sub) => here = sub.clone(),
                        None => break,
                    }
                }
                here.render_usage().to_string()
            }
            None => line.to_string(),
        })
        .collect();
    eprintln!("{}", shown.join("\n"));
    std::process::exit(error.exit_code());
}

fn main() -> ExitCode {
    // Cargo runs the checker as its rustc wrapper for exercises with rules.
    if judge::rules::is_wrapper_call() {
        return judge::rules::wrapper_main();
    }
    let cli = Cli::try_parse().unwrap_or_else(|error| exit_on_usage_error(error));
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            let message = format!("{error:#}");
            eprintln!("error: {}", message.replace('\n', " "));
            ExitCode::from(commands::EXIT_BAD_INPUT)
        }
    }
}

fn parse_level(text: &str) -> Result<catalogue::Difficulty, String> {
    match text {
        "junior" => Ok(catalogue::Difficulty::Junior),
        "mid" => Ok(catalogue::Difficulty::Mid),
        "senior" => Ok(catalogue::Difficulty::Senior),
        _ => Err("expected junior, mid or senior".into()),
    }
}

/// Learner programs and builds run in process groups of their own, out of
/// reach of the terminal's Ctrl-C: stop them before exiting.
fn stop_children_on_signals() -> anyhow::Result<()> {
    platform::on_stop_signals(|signal| {
        process::kill_all_groups();
        std::process::exit(128 + signal);
    })?;
    Ok(())
}

fn run(cli: Cli) -> anyhow::Result<u8> {
    let start = match cli.root {
        Some(root) => root,
        None => std::env::current_dir()?,
    };
    if let Command::Dev(dev) = &cli.command
        && let Some(result) = commands::dev::run_outside_a_workspace(dev)
    {
        return result;
    }
    let workspace = workspace::Workspace::discover(&start)?;
    // Commands that build exercises need a recent enough compiler.
    if matches!(
        cli.command,
        Command::Watch { .. }
            | Command::Interview { .. }
            | Command::Verify { .. }
            | Command::Dev(_)
    ) {
        toolchain::check(&workspace)?;
    }
    match cli.command {
        Command::Watch { poll, why, json } => {
            return watch::run(&workspace, watch::Options { poll, why, json });
        }
        Command::Interview {
            minutes,
            questions,
            level,
            seed,
            dry_run,
            json,
            history,
            per_question,
        } => {
            return interview::run(
                &workspace,
                interview::Options {
                    per_question,
                    minutes,
                    questions,
                    level,
                    seed,
                    dry_run,
                    json,
                    history,
                },
            );
        }
        _ => {}
    }
    stop_children_on_signals()?;
    match cli.command {
        Command::Watch { .. } | Command::Interview { .. } => unreachable!("handled above"),
        Command::List => commands::list::run(&workspace),
        Command::Verify {
            names,
            all,
            json,
            junit,
        } => commands::verify::run(&workspace, &names, all, json, junit.as_deref()),
        Command::Hint { name } => {
            commands::show::hint(&workspace, &commands::named_or_current(&workspace, name)?)
        }
        Command::Notes { name } => {
            commands::show::notes(&workspace, &commands::named_or_current(&workspace, name)?)
        }
        Command::Solution { name, force } => commands::show::solution(
            &workspace,
            &commands::named_or_current(&workspace, name)?,
            force,
        ),
        Command::Reset { name, yes } => commands::reset::run(
            &workspace,
            &commands::named_or_current(&workspace, name)?,
            yes,
        ),
        Command::Dev(command) => commands::dev::run(&workspace, command),
    }
}
