//! Rules: the lints a lesson forbids in the learner's code (`unsafe_code`,
//! `clippy::unwrap_used`, `clippy::disallowed_methods` as configured by the
//! exercise's sealed `clippy.toml`, ...).
//!
//! The learner's library is compiled by clippy-driver inside the ordinary
//! test build, with each rule forbidden (`-F`) on the command line, where no
//! attribute in the learner's file can lower it. Cargo runs the checker
//! itself as its workspace wrapper: the wrapper sends the learner's library
//! to clippy-driver and everything else (tests, build scripts) to rustc, and
//! dependencies are never wrapped. So a rule costs one lint pass over one
//! small crate, and no dependency is built again for it.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, Result};

use crate::cargo::{BuildReport, Diagnostic};
use crate::catalogue::{DefaultRule, Exercise, Rule};
use crate::verdict::BrokenRule;
use crate::workspace::Workspace;

/// Set in cargo's environment when the checker is its rustc wrapper.
const WRAPPER_MARK: &str = "CHECKER_RUSTC_WRAPPER";
/// Set with it when every target of the exercise goes through clippy-driver
/// (the authoring check's lint of a solution), not only the library.
const LINT_ALL_MARK: &str = "CHECKER_LINT_ALL";
/// The rules' `-F` flags in that mode, which the wrapper gives the
/// learner's code only: the exercise's tests may use what its rules forbid.
const RULE_FLAGS: &str = "CHECKER_RULE_FLAGS";
/// In that mode, the flags for the exercise's tests: the default rules'
/// clippy lints allowed where the exercise does not name them itself, since
/// their configuration (`assert!` refused, say) reaches every target.
const TEST_FLAGS: &str = "CHECKER_TEST_FLAGS";
/// How clippy-driver separates the arguments it reads from `CLIPPY_ARGS`.
const CLIPPY_SEPARATOR: &str = "__CLIPPY_HACKERY__";
/// rustc's error for an `allow` (or `warn`, `expect`) of a forbidden lint.
const OVERRULED_FORBID: &str = "E0453";

/// The environment of a test build that enforces the exercise's rules;
/// empty when it has none.
///
/// clippy-driver reads its arguments from `CLIPPY_ARGS` and records that
/// variable and the configuration file in the build's dependency info, so
/// cargo compiles the library again whenever the rules or the sealed
/// `clippy.toml` change.
pub fn build_env(
    workspace: &Workspace,
    exercise: &Exercise,
) -> Result<Vec<(&'static str, OsString)>> {
    if exercise.rules.is_empty() || !default_rules_may_be_broken(workspace, exercise) {
        return Ok(Vec::new());
    }
    let checker = own_binary()?;
    let config_dir = config_dir(workspace, exercise)?;
    Ok(vec![
        ("RUSTC_WORKSPACE_WRAPPER", checker.into_os_string()),
        (WRAPPER_MARK, "1".into()),
        ("CLIPPY_ARGS", clippy_args(&exercise.rules).into()),
        ("CLIPPY_CONF_DIR", config_dir.into_os_string()),
    ])
}

/// Words the learner's code must hold to break a default rule: without
/// them no call the rule forbids can be written (the exercises' dependencies
/// export no macro that makes one). Where only default rules are in force
/// and none of their words is in the learner's files, the build skips the
/// lint pass: most verdicts then cost what they did without default rules.
fn trigger_words(rule: DefaultRule) -> &'static [&'static str] {
    match rule {
        DefaultRule::Unsafe => &["unsafe"],
        DefaultRule::Leaks => &["leak", "forget", "into_raw"],
        DefaultRule::Panics => &["catch_unwind", "assert"],
    }
}

fn default_rules_may_be_broken(workspace: &Workspace, exercise: &Exercise) -> bool {
    if exercise
        .rules
        .iter()
        .any(|rule| !exercise.is_default_only(rule))
    {
        return true;
    }
    let dir = workspace.root.join(&exercise.dir);
    exercise.files.iter().any(|file| {
        // Unreadable: let the lint pass say what it finds.
        std::fs::read_to_string(dir.join(file)).map_or(true, |text| {
            exercise
                .defaults
                .iter()
                .flat_map(|rule| trigger_words(*rule))
                .any(|word| text.contains(word))
        })
    })
}

/// `disallowed-methods` or `disallowed-macros` entries: a path and the
/// reason the learner sees.
type Entries = &'static [(&'static str, &'static str)];

/// What each default rule adds to clippy's configuration: `disallowed-methods`
/// and `disallowed-macros` entries, each with the reason the learner sees.
fn default_config(rule: DefaultRule) -> (Entries, Entries) {
    const LEAK: &str = "a leaked value is never freed: it dodges the question of who owns it";
    const PANIC: &str = "the task forbids panics: return an error instead";
    match rule {
        DefaultRule::Unsafe => (&[], &[]),
        DefaultRule::Leaks => (
            &[
                ("std::boxed::Box::leak", LEAK),
                ("std::boxed::Box::into_raw", LEAK),
                ("std::string::String::leak", LEAK),
                ("std::vec::Vec::leak", LEAK),
                ("std::ffi::OsString::leak", LEAK),
                ("std::path::PathBuf::leak", LEAK),
                ("std::mem::forget", LEAK),
                ("std::mem::ManuallyDrop::new", LEAK),
                ("std::rc::Rc::into_raw", LEAK),
                ("std::sync::Arc::into_raw", LEAK),
            ],
            &[],
        ),
        DefaultRule::Panics => (
            &[
                (
                    "std::panic::catch_unwind",
                    "a panic caught is still a panic: the task forbids them",
                ),
                ("std::panic::resume_unwind", PANIC),
            ],
            &[
                ("std::assert", PANIC),
                ("std::assert_eq", PANIC),
                ("std::assert_ne", PANIC),
                ("std::debug_assert", PANIC),
                ("std::debug_assert_eq", PANIC),
                ("std::debug_assert_ne", PANIC),
            ],
        ),
    }
}

/// The exercise's sealed `clippy.toml` with the default rules' entries added.
fn merged_config(exercise: &Exercise, sealed: &[u8]) -> Result<Vec<u8>> {
    if exercise
        .defaults
        .iter()
        .all(|rule| *rule == DefaultRule::Unsafe)
    {
        return Ok(sealed.to_vec());
    }
    let text = std::str::from_utf8(sealed).context("clippy.toml is not UTF-8")?;
    let mut config: toml::Table = toml::from_str(text).context("clippy.toml does not parse")?;
    for rule in &exercise.defaults {
        let (methods, macros) = default_config(*rule);
        for (key, entries) in [
            ("disallowed-methods", methods),
            ("disallowed-macros", macros),
        ] {
            if entries.is_empty() {
                continue;
            }
            let list = config
                .entry(key)
                .or_insert_with(|| toml::Value::Array(Vec::new()));
            let Some(list) = list.as_array_mut() else {
                anyhow::bail!("clippy.toml: `{key}` is not a list");
            };
            for (path, reason) in entries {
                let mut entry = toml::Table::new();
                entry.insert("path".into(), (*path).into());
                entry.insert("reason".into(), (*reason).into());
                list.push(entry.into());
            }
        }
    }
    Ok(toml::to_string(&config)
        .context("cannot write clippy's configuration")?
        .into_bytes())
}

/// The environment of a test build in which clippy lints every target of
/// the exercise (library, binaries, tests) with its default lints as errors
/// (`-D warnings`, as `cargo clippy -- -D warnings` does) and the rules
/// forbidden: what the authoring check asks of a solution, in the same
/// build that judges it.
pub fn lint_all_env(
    workspace: &Workspace,
    exercise: &Exercise,
) -> Result<Vec<(&'static str, OsString)>> {
    let rule_flags: Vec<&str> = forbidding(&exercise.rules).collect();
    let test_flags: Vec<&str> = exercise
        .rules
        .iter()
        .filter(|rule| rule.lint.starts_with("clippy::") && exercise.is_default_only(rule))
        .flat_map(|rule| ["-A", rule.lint.as_str()])
        .collect();
    Ok(vec![
        ("RUSTC_WORKSPACE_WRAPPER", own_binary()?.into_os_string()),
        (WRAPPER_MARK, "1".into()),
        (LINT_ALL_MARK, "1".into()),
        (RULE_FLAGS, rule_flags.join(" ").into()),
        (TEST_FLAGS, test_flags.join(" ").into()),
        (
            "CLIPPY_ARGS",
            joined_clippy_args(&["-D", "warnings"]).into(),
        ),
        (
            "CLIPPY_CONF_DIR",
            config_dir(workspace, exercise)?.into_os_string(),
        ),
    ])
}

/// The checker's binary, to run as cargo's wrapper. Rebuilt while this
/// process runs (a learner's `cargo build` during watch), Linux names the old
/// one "... (deleted)": the new binary at the same path does the same job.
fn own_binary() -> Result<PathBuf> {
    let path = std::env::current_exe().context("cannot find the checker's own binary")?;
    if path.exists() {
        return Ok(path);
    }
    let text = path.to_string_lossy();
    match text.strip_suffix(" (deleted)") {
        Some(original) if Path::new(original).exists() => Ok(PathBuf::from(original)),
        _ => anyhow::bail!("the checker's own binary is gone ({text}); start the checker again"),
    }
}

/// Clippy's own lints stay quiet, as in an exercise without rules; each
/// rule is forbidden after that, so the last word on it is ours.
fn clippy_args(rules: &[Rule]) -> String {
    let mut args = vec!["-A", "clippy::all"];
    args.extend(forbidding(rules));
    joined_clippy_args(&args)
}

/// `-F lint` for each rule.
fn forbidding(rules: &[Rule]) -> impl Iterator<Item = &str> {
    rules.iter().flat_map(|rule| ["-F", rule.lint.as_str()])
}

fn joined_clippy_args(args: &[&str]) -> String {
    args.iter()
        .map(|arg| format!("{arg}{CLIPPY_SEPARATOR}"))
        .collect()
}

/// A directory holding exactly the exercise's `clippy.toml` (or an empty
/// one). Clippy looks for its configuration there and then in the parent
/// directories; a file always present here ends the search, so neither a
/// configuration file the learner adds nor one elsewhere in the repository
/// changes what the rules mean.
fn config_dir(workspace: &Workspace, exercise: &Exercise) -> Result<PathBuf> {
    let dir = workspace
        .generated_dir()
        .join("rules")
        .join(&exercise.package);
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let sealed = workspace.root.join(&exercise.dir).join(CONFIG_FILE);
    let config = match std::fs::read(&sealed) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(error) => {
            return Err(error).with_context(|| format!("cannot read {}", sealed.display()));
        }
    };
    let config =
        merged_config(exercise, &config).with_context(|| format!("{}", sealed.display()))?;
    crate::files::write_if_changed(&dir.join(CONFIG_FILE), &config)?;
    Ok(dir)
}

/// The configuration of clippy's configurable lints, in the exercise crate.
pub const CONFIG_FILE: &str = "clippy.toml";

/// The build's errors that are broken rules, each with what the task says.
/// A rule is broken by code the lint flags, or by an attribute that tries
/// to allow the lint (rustc's E0453).
pub fn broken(exercise: &Exercise, exercise_dir: &Path, report: &BuildReport) -> Vec<BrokenRule> {
    let found: Vec<BrokenRule> = report
        .errors()
        .filter_map(|diagnostic| {
            let rule = rule_of(exercise, diagnostic)?;
            let span = diagnostic.spans.first();
            Some(BrokenRule {
                lint: rule.lint.clone(),
                why: entry_reason(diagnostic).map_or_else(|| rule.why.clone(), str::to_string),
                file: span
                    .map(|s| s.file.strip_prefix(exercise_dir).unwrap_or(&s.file))
                    .map(Path::to_path_buf)
                    .unwrap_or_default(),
                line: span.map_or(0, |s| s.line_start),
                column: span.map_or(0, |s| s.column),
                message: with_reason(diagnostic),
            })
        })
        .collect();
    found
}

/// One finding per broken line, as the learner sees them: where a dedicated
/// lint (`unwrap_used`) and a list of banned calls (`disallowed_methods`)
/// both see the same line, the dedicated one says it better. The verdict
/// keeps every finding: the proof of each rule needs them.
pub fn one_per_line(found: Vec<BrokenRule>) -> Vec<BrokenRule> {
    let is_list = |rule: &BrokenRule| rule.lint.starts_with("clippy::disallowed_");
    let mut kept: Vec<BrokenRule> = Vec::new();
    for rule in found {
        match kept
            .iter_mut()
            .find(|k| k.file == rule.file && k.line == rule.line && rule.line != 0)
        {
            Some(same_line) => {
                if is_list(same_line) && !is_list(&rule) {
                    *same_line = rule;
                }
            }
            None => kept.push(rule),
        }
    }
    kept
}

/// The compiler's message, with the reason a `clippy.toml` entry gives.
fn with_reason(diagnostic: &Diagnostic) -> String {
    match entry_reason(diagnostic) {
        Some(reason) => format!("{}: {reason}", diagnostic.message),
        None => diagnostic.message.clone(),
    }
}

/// The reason of the `clippy.toml` entry a disallowed-item finding hit: one
/// lint serves several rules (leaks, panics, the exercise's own list), and
/// the entry says which the code broke.
fn entry_reason(diagnostic: &Diagnostic) -> Option<&str> {
    if !diagnostic.message.starts_with("use of a disallowed") {
        return None;
    }
    diagnostic
        .rendered
        .lines()
        .filter_map(|line| line.trim().strip_prefix("= note: "))
        .find(|note| !note.starts_with("requested on the command line"))
}

/// The rule a diagnostic reports, if any.
pub fn rule_of<'e>(exercise: &'e Exercise, diagnostic: &Diagnostic) -> Option<&'e Rule> {
    let code = diagnostic.code.as_deref()?;
    exercise.rules.iter().find(|rule| {
        code == rule.lint
            || (code == OVERRULED_FORBID
                && diagnostic.message.contains(&format!("({})", rule.lint)))
    })
}

/// Whether this process was started by cargo as the rules' rustc wrapper.
pub fn is_wrapper_call() -> bool {
    std::env::var_os(WRAPPER_MARK).is_some()
}

/// The wrapper: `checker <rustc> <args>`, as cargo calls it. The learner's
/// own code goes through clippy-driver; tests, build scripts and cargo's
/// queries go straight to rustc.
pub fn wrapper_main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(rustc) = args.next() else {
        eprintln!("error: the checker's rustc wrapper was called without a compiler");
        return ExitCode::from(2);
    };
    let rest: Vec<OsString> = args.collect();
    let lint_all = std::env::var_os(LINT_ALL_MARK).is_some();
    // Cargo marks the package named with `-p`: the exercise. Other members
    // of the workspace it depends on (the tests' support crate) are the
    // judge's code, never the learner's.
    let primary = std::env::var_os("CARGO_PRIMARY_PACKAGE").is_some();
    let lints = |args: &[OsString]| primary && lints(args, lint_all);
    let mut command = if lints(&rest) {
        let mut command = Command::new(clippy_driver(&rustc));
        command.arg(&rustc);
        command
    } else {
        Command::new(&rustc)
    };
    command.args(&rest);
    if lint_all && lints(&rest) {
        let flags = if rest.iter().any(|arg| arg == "--test") {
            TEST_FLAGS
        } else {
            RULE_FLAGS
        };
        let flags = std::env::var(flags).unwrap_or_default();
        command.args(flags.split_whitespace());
    }
    let error = crate::platform::exec(command);
    if lints(&rest) && error.kind() == std::io::ErrorKind::NotFound {
        eprintln!(
            "error: this exercise's rules are checked by clippy, which is not installed: run `rustup component add clippy`"
        );
    } else {
        eprintln!("error: the checker cannot run the compiler: {error}");
    }
    ExitCode::from(1)
}

/// The learner's library (or binary) itself: not its tests, not a build
/// script, not one of cargo's questions to rustc. With `all`, its tests too.
fn lints(args: &[OsString], all: bool) -> bool {
    let crate_name = args
        .windows(2)
        .find(|pair| pair[0] == "--crate-name")
        .map(|pair| pair[1].as_os_str());
    crate_name.is_some_and(|name| name != "___" && name != "build_script_build")
        && (all || !args.iter().any(|arg| arg == "--test"))
}

/// clippy-driver of the same toolchain as `rustc`, else the one on PATH.
fn clippy_driver(rustc: &OsString) -> PathBuf {
    let name = format!("clippy-driver{}", std::env::consts::EXE_SUFFIX);
    let sibling = Path::new(rustc).with_file_name(&name);
    if Path::new(rustc)
        .parent()
        .is_some_and(|dir| !dir.as_os_str().is_empty())
        && sibling.is_file()
    {
        sibling
    } else {
        PathBuf::from(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(lint: &str, line: usize) -> BrokenRule {
        BrokenRule {
            lint: lint.into(),
            why: String::new(),
            file: "src/lib.rs".into(),
            line,
            column: 9,
            message: format!("{lint} here"),
        }
    }

    #[test]
    fn one_finding_per_line_and_the_dedicated_lint_wins() {
        let kept = one_per_line(vec![
            finding("clippy::disallowed_methods", 4),
            finding("clippy::unwrap_used", 4),
            finding("clippy::disallowed_methods", 7),
        ]);
        let lints: Vec<(&str, usize)> = kept.iter().map(|k| (k.lint.as_str(), k.line)).collect();
        assert_eq!(
            lints,
            [
                ("clippy::unwrap_used", 4),
                ("clippy::disallowed_methods", 7)
            ]
        );
    }

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn only_the_learners_own_code_is_linted() {
        let lints = |args: &[OsString]| lints(args, false);
        assert!(lints(&os(&[
            "--crate-name",
            "moves",
            "--edition=2024",
            "src/lib.rs"
        ])));
        assert!(!lints(&os(&[
            "--crate-name",
            "moves",
            "--test",
            "src/lib.rs"
        ])));
        assert!(!lints(&os(&[
            "--crate-name",
            "summary",
            "--test",
            "tests/summary.rs"
        ])));
        assert!(!lints(&os(&[
            "--crate-name",
            "build_script_build",
            "build.rs"
        ])));
        assert!(!lints(&os(&[
            "-",
            "--crate-name",
            "___",
            "--print=file-names"
        ])));
        assert!(!lints(&os(&["-vV"])));
        // Linting everything takes the tests in, never cargo's questions.
        assert!(super::lints(
            &os(&["--crate-name", "summary", "--test", "tests/summary.rs"]),
            true
        ));
        assert!(!super::lints(
            &os(&["-", "--crate-name", "___", "--print=file-names"]),
            true
        ));
    }

    #[test]
    fn rules_reach_clippy_forbidden_after_its_own_lints_are_quieted() {
        let rules = [
            Rule {
                lint: "unsafe_code".into(),
                why: "safe code only".into(),
            },
            Rule {
                lint: "clippy::unwrap_used".into(),
                why: "no unwrap".into(),
            },
        ];
        let joined = clippy_args(&rules);
        let args: Vec<&str> = joined
            .split(CLIPPY_SEPARATOR)
            .filter(|arg| !arg.is_empty())
            .collect();
        assert_eq!(
            args,
            [
                "-A",
                "clippy::all",
                "-F",
                "unsafe_code",
                "-F",
                "clippy::unwrap_used"
            ]
        );
    }
}
