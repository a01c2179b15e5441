//! The catalogue: `info.toml` parsed, validated against the directories on
//! disk, and turned into the exercise list every command works from.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::workspace::Workspace;

pub const FORMAT_VERSION: u32 = 1;
const DEFAULT_TIMEOUT_SECS: u64 = 10;

/// A problem in a file the checker reads, with the place it is at.
#[derive(Debug, thiserror::Error)]
#[error("{}:{line}:{column}: {message}", path.display())]
pub struct LocatedError {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl LocatedError {
    /// Locates byte `offset` of `text` as a 1-based line and column.
    pub fn at_offset(path: &Path, text: &str, offset: usize, message: impl Into<String>) -> Self {
        let offset = offset.min(text.len());
        let before = &text.as_bytes()[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        Self {
            path: path.to_path_buf(),
            line,
            column,
            message: message.into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    Ownership,
    Types,
    Errors,
    Concurrency,
    Unsafe,
    Std,
    Coding,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Junior,
    Mid,
    Senior,
}

impl fmt::Display for Family {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Family::Ownership => "ownership",
            Family::Types => "types",
            Family::Errors => "errors",
            Family::Concurrency => "concurrency",
            Family::Unsafe => "unsafe",
            Family::Std => "std",
            Family::Coding => "coding",
        })
    }
}

impl fmt::Display for Difficulty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Difficulty::Junior => "junior",
            Difficulty::Mid => "mid",
            Difficulty::Senior => "senior",
        })
    }
}

/// How the shipped state of an exercise must fail: the proof that the
/// exercise has something to teach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Expectation {
    /// The build fails with this rustc error code.
    Error(String),
    /// It builds, and at least one test fails.
    Tests,
    /// It builds and the tests pass, but this must-pass or must-fail case fails.
    Case(String),
    /// The learner's code breaks this rule of the exercise (a lint it forbids).
    Rule(String),
    /// The learner's code changes an item the statement keeps.
    Keep(String),
}

impl Expectation {
    pub fn parse(text: &str) -> Option<Self> {
        if let Some(case) = text.strip_prefix("case:") {
            return (!case.is_empty()).then(|| Self::Case(case.to_string()));
        }
        if let Some(item) = text.strip_prefix("keep:") {
            return KeptItem::parse(item).map(|item| Self::Keep(item.to_string()));
        }
        if let Some(lint) = text.strip_prefix("rule:") {
            return is_lint_name(lint).then(|| Self::Rule(lint.to_string()));
        }
        if text == "tests" {
            return Some(Self::Tests);
        }
        let is_code = text.len() == 5
            && text.starts_with('E')
            && text[1..].bytes().all(|b| b.is_ascii_digit());
        is_code.then(|| Self::Error(text.to_string()))
    }
}

impl fmt::Display for Expectation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expectation::Error(code) => write!(f, "{code}"),
            Expectation::Tests => f.write_str("tests"),
            Expectation::Case(name) => write!(f, "case:{name}"),
            Expectation::Rule(lint) => write!(f, "rule:{lint}"),
            Expectation::Keep(item) => write!(f, "keep:{item}"),
        }
    }
}

/// One item a statement keeps, as `info.toml` names it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum KeptItem {
    /// `fn NAME` (a free function) or `fn OWNER::NAME` (a method of an
    /// inherent impl of OWNER, or of the trait OWNER): the signature.
    Function { owner: Option<String>, name: String },
    /// `struct NAME`, `enum NAME`, `union NAME`: generics, fields with their
    /// types and visibility, `repr` and `non_exhaustive`; the shipped
    /// derives stay (more may be added).
    Type { keyword: String, name: String },
    /// `trait NAME`: its header and every item's signature.
    Trait(String),
    /// `impl TRAIT for TYPE`: the header, bounds included.
    Impl { trait_: String, self_ty: String },
    /// `closed NAME`: no public item, impl, derive or field on the type, and
    /// no public function returning it, beyond the shipped ones.
    Closed { name: String, except: Vec<String> },
    /// `api`: every public item of the shipped file, each kept as above
    /// (functions, methods, types, traits, and the headers of trait impls).
    Api,
    /// `signatures`: every public function's and method's signature as
    /// shipped, where the task changes a type's insides but not how callers
    /// call it.
    Signatures,
}

impl KeptItem {
    /// Parses `fn summary`, `fn Meters::new`, `struct Email`,
    /// `trait Shape`, `impl Display for Tag`, `closed Email`.
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim() {
            "api" => return Some(Self::Api),
            "signatures" => return Some(Self::Signatures),
            _ => {}
        }
        let (kind, rest) = text.trim().split_once(' ')?;
        let rest = rest.trim();
        let ident = |s: &str| {
            let s = s.trim();
            (!s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_'))
                .then(|| s.to_string())
        };
        match kind {
            "fn" => match rest.split_once("::") {
                Some((owner, name)) => Some(Self::Function {
                    owner: Some(ident(owner)?),
                    name: ident(name)?,
                }),
                None => Some(Self::Function {
                    owner: None,
                    name: ident(rest)?,
                }),
            },
            "struct" | "enum" | "union" => Some(Self::Type {
                keyword: kind.to_string(),
                name: ident(rest)?,
            }),
            "trait" => Some(Self::Trait(ident(rest)?)),
            // `closed Tokenizer except Iterator Clone`: those traits may be
            // implemented or derived.
            "closed" => {
                let (name, except) = match rest.split_once(" except ") {
                    Some((name, traits)) => (
                        name,
                        traits
                            .split_whitespace()
                            .map(&ident)
                            .collect::<Option<Vec<_>>>()?,
                    ),
                    None => (rest, Vec::new()),
                };
                Some(Self::Closed {
                    name: ident(name)?,
                    except,
                })
            }
            "impl" => {
                let (trait_, self_ty) = rest.split_once(" for ")?;
                let self_ty = self_ty.split_whitespace().collect::<Vec<_>>().join(" ");
                (!self_ty.is_empty()).then_some(Self::Impl {
                    trait_: ident(trait_)?,
                    self_ty,
                })
            }
            _ => None,
        }
    }
}

impl fmt::Display for KeptItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeptItem::Function { owner: None, name } => write!(f, "fn {name}"),
            KeptItem::Function {
                owner: Some(owner),
                name,
            } => write!(f, "fn {owner}::{name}"),
            KeptItem::Type { keyword, name } => write!(f, "{keyword} {name}"),
            KeptItem::Trait(name) => write!(f, "trait {name}"),
            KeptItem::Impl { trait_, self_ty } => write!(f, "impl {trait_} for {self_ty}"),
            KeptItem::Closed { name, except } if except.is_empty() => write!(f, "closed {name}"),
            KeptItem::Closed { name, except } => {
                write!(f, "closed {name} except {}", except.join(" "))
            }
            KeptItem::Api => f.write_str("api"),
            KeptItem::Signatures => f.write_str("signatures"),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub question: String,
    pub answer: String,
}

/// A rule the lesson imposes on the learner's code: a rustc or clippy lint
/// the checker forbids on the learner's library, where no attribute in the
/// learner's file can lower it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Rule {
    /// `unsafe_code`, `clippy::unwrap_used`, ...
    pub lint: String,
    /// What the task statement says about it, in a sentence.
    pub why: String,
}

/// The rules every exercise has unless it waives them with a reason:
/// what no lesson outside its own topic may use to dodge the lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DefaultRule {
    /// No `unsafe` (and so no `static mut`), outside the unsafe topic.
    Unsafe,
    /// No leaks (`Box::leak`, `mem::forget`, `into_raw`, ...), outside the
    /// unsafe topic: a value that is never dropped dodges every ownership
    /// question.
    Leaks,
    /// Where the lesson forbids panics (a panic lint is among its rules),
    /// no panic swallowed (`catch_unwind`) or raised by `assert!`.
    Panics,
}

impl DefaultRule {
    pub const ALL: [DefaultRule; 3] = [Self::Unsafe, Self::Leaks, Self::Panics];

    pub fn name(self) -> &'static str {
        match self {
            Self::Unsafe => "unsafe",
            Self::Leaks => "leaks",
            Self::Panics => "panics",
        }
    }

    /// The lints that enforce it, with what the task says.
    pub fn rules(self) -> Vec<Rule> {
        let rule = |lint: &str, why: &str| Rule {
            lint: lint.to_string(),
            why: why.to_string(),
        };
        match self {
            Self::Unsafe => vec![rule(
                "unsafe_code",
                "this lesson is solved in safe Rust: no `unsafe` (and so no `static mut`) outside the unsafe topic",
            )],
            Self::Leaks => vec![rule(
                "clippy::disallowed_methods",
                "no leaks: a value that is never freed dodges the ownership question the lesson asks",
            )],
            Self::Panics => vec![
                rule(
                    "clippy::disallowed_methods",
                    "the task forbids panics: a panic caught with `catch_unwind` is still a panic",
                ),
                rule(
                    "clippy::disallowed_macros",
                    "the task forbids panics: `assert!` panics too; return an error instead",
                ),
            ],
        }
    }

    /// The lints that make an exercise "never panic".
    const PANIC_LINTS: [&'static str; 6] = [
        "clippy::unwrap_used",
        "clippy::expect_used",
        "clippy::panic",
        "clippy::indexing_slicing",
        "clippy::unreachable",
        "clippy::arithmetic_side_effects",
    ];
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub dir: String,
    pub title: String,
    pub family: Family,
}

#[derive(Debug, Clone)]
pub struct Exercise {
    /// Stable: progress is keyed on it, so it survives renames.
    pub id: String,
    /// What learners type.
    pub name: String,
    pub topic: String,
    /// Relative to the workspace root: `exercises/<topic>/<dir>`.
    pub dir: PathBuf,
    /// Cargo package name, read from the exercise's Cargo.toml.
    pub package: String,
    pub difficulty: Difficulty,
    /// The files the learner edits, relative to `dir`.
    pub files: Vec<PathBuf>,
    pub expect: Vec<Expectation>,
    pub hint: String,
    pub notes: Vec<Note>,
    pub timeout: Duration,
    /// A predict-the-error item: the learner first writes which error rustc
    /// reports for the shipped code, on the `// PREDICT:` line.
    pub predict: bool,
    /// Lints the lesson forbids in the learner's library: its own and
    /// those of the default rules in force.
    pub rules: Vec<Rule>,
    /// The lints of `rules` the exercise declares itself.
    pub own_rules: Vec<String>,
    /// Items of the learner's first file the statement keeps as shipped.
    pub keep: Vec<KeptItem>,
    /// The default rules in force (their lints are in `rules` too).
    pub defaults: Vec<DefaultRule>,
}

impl Exercise {
    /// Whether `rule` is there only because a default rule put it there.
    pub fn is_default_only(&self, rule: &Rule) -> bool {
        !self.own_rules.contains(&rule.lint)
    }
}

impl Exercise {
    /// An exercise for unit tests: `name` in `exercises/<topic>/<name>`,
    /// one learner file, no expectations.
    #[cfg(test)]
    pub fn sample(name: &str, topic: &str, difficulty: Difficulty) -> Self {
        Self {
            id: name.to_string(),
            name: name.to_string(),
            topic: topic.to_string(),
            dir: Path::new("exercises").join(topic).join(name),
            package: name.to_string(),
            difficulty,
            files: vec!["src/lib.rs".into()],
            expect: Vec::new(),
            hint: String::new(),
            notes: Vec::new(),
            timeout: Duration::from_secs(10),
            predict: false,
            rules: Vec::new(),
            own_rules: Vec::new(),
            keep: Vec::new(),
            defaults: Vec::new(),
        }
    }

    /// Relative path of the solution of one learner file.
    pub fn solution_dir(&self) -> PathBuf {
        let inside = self.dir.strip_prefix("exercises").unwrap_or(&self.dir);
        Path::new("solutions").join(inside)
    }

    /// The reference solution's files: each path as shown, and its text.
    pub fn solution_files(&self, workspace: &Workspace) -> anyhow::Result<Vec<(String, String)>> {
        use anyhow::Context;
        let dir = workspace.root.join(self.solution_dir());
        self.files
            .iter()
            .map(|file| {
                let path = dir.join(file);
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read the solution {}", path.display()))?;
                Ok((workspace.relative(&path).display().to_string(), text))
            })
            .collect()
    }
}

#[derive(Debug, Clone)]
pub struct Catalogue {
    pub topics: Vec<Topic>,
    pub exercises: Vec<Exercise>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalogue {
    format_version: Spanned<u32>,
    /// The oldest checker that judges this set as its author proved it.
    #[serde(default)]
    checker: Option<Spanned<String>>,
    #[serde(default)]
    topics: Vec<RawTopic>,
    #[serde(default)]
    exercises: Vec<RawExercise>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    dir: Spanned<String>,
    title: Spanned<String>,
    family: Family,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExercise {
    id: Spanned<String>,
    name: Spanned<String>,
    topic: Spanned<String>,
    dir: Spanned<String>,
    difficulty: Difficulty,
    files: Spanned<Vec<Spanned<String>>>,
    expect: Spanned<Vec<Spanned<String>>>,
    hint: Spanned<String>,
    #[serde(default)]
    notes: Vec<RawNote>,
    timeout_secs: Option<Spanned<u64>>,
    #[serde(default)]
    predict: Option<Spanned<bool>>,
    #[serde(default)]
    rules: Vec<RawRule>,
    #[serde(default)]
    keep: Vec<Spanned<String>>,
    #[serde(default)]
    waive: Vec<RawWaiver>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWaiver {
    rule: Spanned<String>,
    why: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    question: Spanned<String>,
    answer: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    lint: Spanned<String>,
    why: Spanned<String>,
}

impl Catalogue {
    pub fn load(workspace: &Workspace) -> Result<Self, LocatedError> {
        let path = workspace.catalogue_path();
        let shown = PathBuf::from(crate::workspace::CATALOGUE_FILE);
        let text = std::fs::read_to_string(&path).map_err(|err| LocatedError {
            path: shown.clone(),
            line: 1,
            column: 1,
            message: format!("cannot read: {err}"),
        })?;
        Self::parse(workspace, &shown, &text)
    }

    pub fn parse(workspace: &Workspace, shown: &Path, text: &str) -> Result<Self, LocatedError> {
        let err = |span: Range<usize>, message: String| {
            LocatedError::at_offset(shown, text, span.start, message)
        };
        // Text shown on a terminal must not hold control characters (a
        // carriage return rewinds the line, an escape starts a sequence).
        let text_field = |field: &Spanned<String>, what: &str| {
            let value = field.get_ref();
            match value.lines().enumerate().find_map(|(row, line)| {
                line.chars()
                    .find(|c| c.is_control() && *c != '\t')
                    .map(|c| (row, c))
            }) {
                None => Ok(value.clone()),
                Some((row, c)) => Err(err(
                    field.span(),
                    format!(
                        "{what} holds the control character U+{:04X} on its line {}, which would scramble a terminal: write it out in words",
                        u32::from(c),
                        row + 1
                    ),
                )),
            }
        };
        let raw: RawCatalogue = toml::from_str(text).map_err(|error| {
            let start = error.span().map_or(0, |span| span.start);
            err(start..start, error.message().trim().to_string())
        })?;
        if *raw.format_version.get_ref() != FORMAT_VERSION {
            return Err(err(
                raw.format_version.span(),
                format!(
                    "format_version {} is not supported (this checker reads {FORMAT_VERSION})",
                    raw.format_version.get_ref()
                ),
            ));
        }

        if let Some(wanted) = &raw.checker {
            let this = env!("CARGO_PKG_VERSION");
            let parse = |text: &str| cargo_metadata::semver::Version::parse(text.trim());
            match (parse(wanted.get_ref()), parse(this)) {
                (Err(error), _) => {
                    return Err(err(
                        wanted.span(),
                        format!(
                            "checker = \"{}\" is not a version such as \"{this}\": {error}",
                            wanted.get_ref()
                        ),
                    ));
                }
                (Ok(wanted_version), Ok(this_version)) if this_version < wanted_version => {
                    return Err(err(
                        wanted.span(),
                        format!(
                            "this exercise set needs checker {wanted_version} or newer, and this one is {this_version}: install a newer checker (`cargo install --path <its repository>/checker`)"
                        ),
                    ));
                }
                _ => {}
            }
        }

        let mut topics = Vec::new();
        let mut topic_dirs = HashSet::new();
        for topic in raw.topics {
            let dir = topic.dir.get_ref();
            if !topic_dirs.insert(dir.clone()) {
                return Err(err(
                    topic.dir.span(),
                    format!("topic `{dir}` is listed twice"),
                ));
            }
            if !workspace.exercises_dir().join(dir).is_dir() {
                return Err(err(
                    topic.dir.span(),
                    format!("topic directory exercises/{dir} does not exist"),
                ));
            }
            topics.push(Topic {
                dir: dir.clone(),
                title: text_field(&topic.title, "title")?,
                family: topic.family,
            });
        }

        let mut exercises: Vec<Exercise> = Vec::new();
        // Where each id and name was first seen, to point at it.
        let mut seen_ids: HashMap<String, usize> = HashMap::new();
        let mut seen_names: HashMap<String, usize> = HashMap::new();
        let first_at = |offset: usize| {
            let at = LocatedError::at_offset(shown, text, offset, "");
            format!("the first is at line {}, column {}", at.line, at.column)
        };
        let mut seen_packages = HashMap::new();
        for raw in raw.exercises {
            let id = raw.id.get_ref();
            if !is_slug(id) {
                return Err(err(
                    raw.id.span(),
                    format!("id `{id}` must be lowercase letters, digits, `-` or `_`"),
                ));
            }
            if let Some(&first) = seen_ids.get(id) {
                return Err(err(
                    raw.id.span(),
                    format!("duplicate id `{id}` ({})", first_at(first)),
                ));
            }
            seen_ids.insert(id.clone(), raw.id.span().start);
            let name = raw.name.get_ref();
            if !is_slug(name) {
                return Err(err(
                    raw.name.span(),
                    format!("name `{name}` must be lowercase letters, digits, `-` or `_`"),
                ));
            }
            if let Some(&first) = seen_names.get(name) {
                return Err(err(
                    raw.name.span(),
                    format!("duplicate name `{name}` ({})", first_at(first)),
                ));
            }
            seen_names.insert(name.clone(), raw.name.span().start);
            let topic = raw.topic.get_ref();
            if !topic_dirs.contains(topic) {
                return Err(err(
                    raw.topic.span(),
                    format!("topic `{topic}` is not in [[topics]]"),
                ));
            }
            let dir_name = raw.dir.get_ref();
            if dir_name.contains(['/', '\\']) || dir_name.starts_with('.') {
                return Err(err(
                    raw.dir.span(),
                    format!("dir `{dir_name}` must be one directory name inside the topic"),
                ));
            }
            let dir = Path::new("exercises").join(topic).join(dir_name);
            let manifest = workspace.root.join(&dir).join("Cargo.toml");
            if !manifest.is_file() {
                return Err(err(
                    raw.dir.span(),
                    format!("{} does not exist", dir.join("Cargo.toml").display()),
                ));
            }
            let package =
                read_package_name(&manifest).map_err(|message| err(raw.dir.span(), message))?;
            if let Some(other) = seen_packages.insert(package.clone(), id.clone()) {
                return Err(err(
                    raw.dir.span(),
                    format!("package name `{package}` is also used by `{other}`"),
                ));
            }

            if raw.files.get_ref().is_empty() {
                return Err(err(
                    raw.files.span(),
                    "files must list at least one file".into(),
                ));
            }
            let mut files = Vec::new();
            for file in raw.files.get_ref() {
                let relative = PathBuf::from(file.get_ref());
                if relative.is_absolute() || file.get_ref().contains("..") {
                    return Err(err(file.span(), "files must be inside the exercise".into()));
                }
                if !workspace.root.join(&dir).join(&relative).is_file() {
                    return Err(err(
                        file.span(),
                        format!("{} does not exist", dir.join(&relative).display()),
                    ));
                }
                files.push(relative);
            }

            if raw.expect.get_ref().is_empty() {
                return Err(err(
                    raw.expect.span(),
                    "expect must say how the shipped state fails".into(),
                ));
            }
            let mut expect = Vec::new();
            for item in raw.expect.get_ref() {
                let parsed = Expectation::parse(item.get_ref()).ok_or_else(|| {
                    err(
                        item.span(),
                        format!(
                            "expect item `{}` is not an error code (E0382), `tests`, `case:NAME`, `rule:LINT` or `keep:ITEM`",
                            item.get_ref()
                        ),
                    )
                })?;
                expect.push(parsed);
            }

            let predict = raw.predict.as_ref().is_some_and(|p| *p.get_ref());
            if let (Some(flag), true) = (&raw.predict, predict)
                && !matches!(expect.as_slice(), [Expectation::Error(_)])
            {
                return Err(err(
                    flag.span(),
                    "a predict exercise must expect exactly one error code, the one the learner predicts"
                        .into(),
                ));
            }

            let mut notes = Vec::new();
            for note in &raw.notes {
                notes.push(Note {
                    question: text_field(&note.question, "a note's question")?,
                    answer: text_field(&note.answer, "a note's answer")?,
                });
            }

            let mut rules: Vec<Rule> = Vec::new();
            for rule in raw.rules {
                let lint = rule.lint.get_ref();
                if !is_lint_name(lint) {
                    return Err(err(
                        rule.lint.span(),
                        format!(
                            "lint `{lint}` is not a lint name (`unsafe_code`, `clippy::unwrap_used`)"
                        ),
                    ));
                }
                if rules.iter().any(|r| r.lint == *lint) {
                    return Err(err(
                        rule.lint.span(),
                        format!("lint `{lint}` is listed twice"),
                    ));
                }
                let why = text_field(&rule.why, "why")?;
                let why = why.trim();
                if why.is_empty() {
                    return Err(err(
                        rule.why.span(),
                        "why must say what the task statement says about the rule".into(),
                    ));
                }
                rules.push(Rule {
                    lint: lint.clone(),
                    why: why.to_string(),
                });
            }
            for (item, expectation) in raw.expect.get_ref().iter().zip(&expect) {
                if let Expectation::Rule(lint) = expectation
                    && !rules.iter().any(|r| r.lint == *lint)
                {
                    return Err(err(
                        item.span(),
                        format!(
                            "expect names rule `{lint}`, which is not in this exercise's rules"
                        ),
                    ));
                }
            }

            let own_rules: Vec<String> = rules.iter().map(|r| r.lint.clone()).collect();
            let mut waived = Vec::new();
            for waiver in &raw.waive {
                let name = waiver.rule.get_ref();
                let Some(rule) = DefaultRule::ALL.into_iter().find(|d| d.name() == name) else {
                    return Err(err(
                        waiver.rule.span(),
                        format!(
                            "waive names `{name}`, which is not a default rule (unsafe, leaks, panics)"
                        ),
                    ));
                };
                if text_field(&waiver.why, "why")?.trim().is_empty() {
                    return Err(err(
                        waiver.why.span(),
                        "why must say why the lesson needs what the default rule forbids".into(),
                    ));
                }
                waived.push(rule);
            }
            let family = topics.iter().find(|t| t.dir == *topic).map(|t| t.family);
            let forbids_panics = rules
                .iter()
                .any(|r| DefaultRule::PANIC_LINTS.contains(&r.lint.as_str()));
            let defaults: Vec<DefaultRule> = DefaultRule::ALL
                .into_iter()
                .filter(|d| !waived.contains(d))
                .filter(|d| match d {
                    DefaultRule::Unsafe | DefaultRule::Leaks => family != Some(Family::Unsafe),
                    DefaultRule::Panics => forbids_panics,
                })
                .collect();
            for default in &defaults {
                for rule in default.rules() {
                    if !rules.iter().any(|r| r.lint == rule.lint) {
                        rules.push(rule);
                    }
                }
            }

            let mut keep: Vec<KeptItem> = Vec::new();
            for item in &raw.keep {
                let parsed = KeptItem::parse(item.get_ref()).ok_or_else(|| {
                    err(
                        item.span(),
                        format!(
                            "keep item `{}` is not `api`, `fn NAME`, `fn TYPE::NAME`, `struct NAME`, `enum NAME`, `trait NAME`, `impl TRAIT for TYPE` or `closed NAME`",
                            item.get_ref()
                        ),
                    )
                })?;
                if keep.contains(&parsed) {
                    return Err(err(
                        item.span(),
                        format!("keep item `{parsed}` is listed twice"),
                    ));
                }
                keep.push(parsed);
            }
            if !keep.is_empty() && files[0].extension().is_none_or(|ext| ext != "rs") {
                return Err(err(
                    raw.keep[0].span(),
                    "keep compares the first file of `files`, which must be a Rust file".into(),
                ));
            }
            for (item, expectation) in raw.expect.get_ref().iter().zip(&expect) {
                if let Expectation::Keep(kept) = expectation
                    && !keep.iter().any(|k| k.to_string() == *kept)
                {
                    return Err(err(
                        item.span(),
                        format!("expect names `keep:{kept}`, which is not in this exercise's keep"),
                    ));
                }
            }

            let timeout = match &raw.timeout_secs {
                Some(secs) if *secs.get_ref() == 0 || *secs.get_ref() > 600 => {
                    return Err(err(secs.span(), "timeout_secs must be 1 to 600".into()));
                }
                Some(secs) => Duration::from_secs(*secs.get_ref()),
                None => Duration::from_secs(DEFAULT_TIMEOUT_SECS),
            };

            exercises.push(Exercise {
                id: id.clone(),
                name: name.clone(),
                topic: topic.clone(),
                dir,
                package,
                difficulty: raw.difficulty,
                files,
                expect,
                hint: text_field(&raw.hint, "hint")?.trim().to_string(),
                notes,
                timeout,
                predict,
                rules,
                own_rules,
                keep,
                defaults,
            });
        }

        let catalogue = Catalogue { topics, exercises };
        catalogue.check_every_directory_listed(workspace, shown)?;
        Ok(catalogue)
    }

    /// Every `exercises/<topic>/<dir>` crate needs an entry: an unlisted
    /// exercise would silently never be judged.
    fn check_every_directory_listed(
        &self,
        workspace: &Workspace,
        shown: &Path,
    ) -> Result<(), LocatedError> {
        let listed: HashSet<&Path> = self.exercises.iter().map(|e| e.dir.as_path()).collect();
        let Ok(topic_entries) = std::fs::read_dir(workspace.exercises_dir()) else {
            return Ok(());
        };
        let mut unlisted = Vec::new();
        for topic in topic_entries.flatten().filter(|e| e.path().is_dir()) {
            let Ok(entries) = std::fs::read_dir(topic.path()) else {
                continue;
            };
            for entry in entries.flatten() {
                let relative = Path::new("exercises")
                    .join(topic.file_name())
                    .join(entry.file_name());
                if entry.path().join("Cargo.toml").is_file() && !listed.contains(relative.as_path())
                {
                    unlisted.push(relative);
                }
            }
        }
        unlisted.sort();
        match unlisted.first() {
            Some(dir) => Err(LocatedError {
                path: dir.join("Cargo.toml"),
                line: 1,
                column: 1,
                message: format!(
                    "this exercise has no [[exercises]] entry in {}: add one (`{} dev new` writes it for a new exercise)",
                    shown.display(),
                    crate::workspace::invocation()
                ),
            }),
            None => Ok(()),
        }
    }

    pub fn topic(&self, dir: &str) -> Option<&Topic> {
        self.topics.iter().find(|topic| topic.dir == dir)
    }

    pub fn by_id(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|exercise| exercise.id == id)
    }

    /// Finds an exercise by id or name; the error suggests the closest match.
    pub fn find(&self, wanted: &str) -> anyhow::Result<&Exercise> {
        if let Some(found) = self
            .exercises
            .iter()
            .find(|e| e.id == wanted || e.name == wanted)
        {
            return Ok(found);
        }
        let closest = self
            .exercises
            .iter()
            .flat_map(|e| [e.id.as_str(), e.name.as_str()])
            .map(|candidate| (strsim::jaro_winkler(wanted, candidate), candidate))
            .filter(|(score, _)| *score > 0.75)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        match closest {
            Some((_, candidate)) => {
                anyhow::bail!("no exercise named `{wanted}`; did you mean `{candidate}`?")
            }
            None => anyhow::bail!(
                "no exercise named `{wanted}` (see `{} list`)",
                crate::workspace::invocation()
            ),
        }
    }
}

/// `unsafe_code` or `clippy::unwrap_used`: one lint, by the name rustc uses.
fn is_lint_name(text: &str) -> bool {
    let name = text.strip_prefix("clippy::").unwrap_or(text);
    !name.is_empty()
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

fn read_package_name(manifest: &Path) -> Result<String, String> {
    #[derive(Deserialize)]
    struct Manifest {
        package: Package,
    }
    #[derive(Deserialize)]
    struct Package {
        name: String,
    }
    let text = std::fs::read_to_string(manifest)
        .map_err(|e| format!("cannot read {}: {e}", manifest.display()))?;
    toml::from_str::<Manifest>(&text)
        .map(|manifest| manifest.package.name)
        .map_err(|e| format!("{}: {}", manifest.display(), e.message().trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_character_columns() {
        let text = "a = 1\nnom = \"Émile\"\n";
        let at = text.find("\"É").expect("present") + "\"É".len();
        let error = LocatedError::at_offset(Path::new("f.toml"), text, at, "here");
        assert_eq!((error.line, error.column), (2, 9));
        assert_eq!(error.to_string(), "f.toml:2:9: here");
        let end = LocatedError::at_offset(Path::new("f.toml"), text, 10_000, "end");
        assert_eq!((end.line, end.column), (3, 1));
    }

    #[test]
    fn expectations_parse_strictly() {
        assert_eq!(
            Expectation::parse("E0382"),
            Some(Expectation::Error("E0382".into()))
        );
        assert_eq!(Expectation::parse("tests"), Some(Expectation::Tests));
        assert_eq!(
            Expectation::parse("rule:clippy::unwrap_used"),
            Some(Expectation::Rule("clippy::unwrap_used".into()))
        );
        assert_eq!(
            Expectation::parse("rule:unsafe_code"),
            Some(Expectation::Rule("unsafe_code".into()))
        );
        assert_eq!(
            Expectation::parse("case:send_to_thread"),
            Some(Expectation::Case("send_to_thread".into()))
        );
        for bad in [
            "E382",
            "e0382",
            "E03821",
            "case:",
            "test",
            "",
            "rule:",
            "rule:clippy::",
            "rule:Unsafe",
            "rule:clippy::all lints",
        ] {
            assert_eq!(Expectation::parse(bad), None, "{bad}");
        }
    }
}
