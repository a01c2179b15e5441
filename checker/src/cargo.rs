//! Drives cargo with JSON messages and keeps what the judge needs: the
//! compiler's diagnostics (already rendered, in colour when wanted) and the
//! executables it built.

use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;

use anyhow::{Context, Result};
use cargo_metadata::Message;
use cargo_metadata::diagnostic::DiagnosticLevel;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
}

/// Where rustc points: one primary span of a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    pub file: PathBuf,
    pub line_start: usize,
    pub line_end: usize,
    pub column: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    pub level: Level,
    pub code: Option<String>,
    pub message: String,
    /// The target (crate) the diagnostic belongs to.
    pub target: String,
    pub spans: Vec<Span>,
    #[serde(skip)]
    pub rendered: String,
}

impl Diagnostic {
    /// One line: `error[E0382]: borrow of moved value` with its place.
    pub fn headline(&self, root: &Path) -> String {
        let kind = match self.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        let code = self
            .code
            .as_deref()
            .map(|code| format!("[{code}]"))
            .unwrap_or_default();
        match self.spans.first() {
            Some(span) => format!(
                "{kind}{code}: {} ({}:{}:{})",
                self.message,
                span.file.strip_prefix(root).unwrap_or(&span.file).display(),
                span.line_start,
                span.column
            ),
            None => format!("{kind}{code}: {}", self.message),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Executable {
    pub target: String,
    pub path: PathBuf,
    /// Built with the test harness (a test binary, not a program).
    pub is_test: bool,
}

/// A library the build made or found fresh (not a test build of it).
#[derive(Debug, Clone)]
pub struct Library {
    pub package: String,
    pub version: String,
    pub manifest_path: PathBuf,
    /// The name code uses for it: `crossbeam_channel`.
    pub crate_name: String,
    pub edition: &'static str,
    pub features: Vec<String>,
    /// The `.rlib`, or the `.so` of a procedural macro crate.
    pub file: PathBuf,
}

#[derive(Debug, Default)]
pub struct BuildReport {
    pub success: bool,
    /// Errors first, then warnings; duplicates (one file compiled as lib and
    /// as lib-test) removed.
    pub diagnostics: Vec<Diagnostic>,
    pub executables: Vec<Executable>,
    pub libraries: Vec<Library>,
    /// What cargo itself printed, for failures no diagnostic explains.
    pub cargo_stderr: String,
}

impl BuildReport {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.level == Level::Error)
    }
}

/// How a build talks to the person waiting for it.
#[derive(Clone, Default)]
pub struct Output {
    /// Ask rustc for coloured diagnostics.
    pub color: bool,
    /// Where "Compiling ..." goes, so a first build of the dependencies does
    /// not look frozen.
    pub compiling: Compiling,
}

#[derive(Clone, Default)]
pub enum Compiling {
    #[default]
    Off,
    /// One overwritten status line on stderr.
    StatusLine,
    /// Each "compiling <crate>" line, for a screen that draws it itself.
    Report(Arc<dyn Fn(&str) + Send + Sync>),
}

/// A cargo process started by [`start`]; [`RunningBuild::finish`] collects it.
pub struct RunningBuild {
    child: Child,
    dir: PathBuf,
    stderr: std::thread::JoinHandle<String>,
}

/// Variables set for one cargo run, beyond the checker's own environment.
pub type Env<'a> = &'a [(&'a str, std::ffi::OsString)];

/// Runs `cargo <args> --message-format=json...` in `dir` and collects its report.
pub fn build<S: AsRef<std::ffi::OsStr>>(
    dir: &Path,
    args: &[S],
    env: Env,
    output: Output,
) -> Result<BuildReport> {
    start(dir, args, env, output)?.finish()
}

/// Starts cargo in a process group of its own, so it can be stopped with
/// everything it runs (see [`RunningBuild::id`]).
pub fn start<S: AsRef<std::ffi::OsStr>>(
    dir: &Path,
    args: &[S],
    env: Env,
    output: Output,
) -> Result<RunningBuild> {
    let format = if output.color {
        "--message-format=json-diagnostic-rendered-ansi"
    } else {
        "--message-format=json"
    };
    let mut command = Command::new(cargo_program());
    command
        .args(args)
        .arg(format)
        .envs(env.iter().map(|(name, value)| (name, value)))
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child =
        crate::process::spawn_in_own_group(&mut command).context("cannot start cargo")?;
    let stderr = child
        .stderr
        .take()
        .map(|stderr| read_cargo_stderr(stderr, output.compiling))
        .context("cargo's stderr was not captured")?;
    Ok(RunningBuild {
        child,
        dir: dir.to_path_buf(),
        stderr,
    })
}

impl RunningBuild {
    /// The id of cargo's process group.
    pub fn id(&self) -> u32 {
        self.child.id()
    }

    pub fn finish(mut self) -> Result<BuildReport> {
        let read = self.read_messages();
        if read.is_err() {
            // Cargo's output is unreadable: stop it rather than leave it running.
            crate::process::kill_group(self.child.id());
        }
        let status = self.child.wait().context("cargo did not finish");
        // Cargo waits for its compilers, so nothing of the group is left.
        crate::process::forget_group(self.child.id());
        let mut report = read?;
        report.success &= status?.success();
        report.cargo_stderr = self.stderr.join().unwrap_or_default();
        // Stable order: errors before warnings, each in the order rustc gave them.
        report.diagnostics.sort_by_key(|d| d.level);
        Ok(report)
    }

    fn read_messages(&mut self) -> Result<BuildReport> {
        let stdout = self
            .child
            .stdout
            .take()
            .context("cargo's stdout was not captured")?;
        let mut report = BuildReport::default();
        let mut seen = std::collections::HashSet::new();
        for message in Message::parse_stream(BufReader::new(stdout)) {
            match message.context("cannot read cargo's output")? {
                Message::CompilerMessage(msg) => {
                    if let Some(diagnostic) = convert(&self.dir, msg)
                        && seen.insert(diagnostic.rendered.clone())
                    {
                        report.diagnostics.push(diagnostic);
                    }
                }
                Message::CompilerArtifact(artifact) => {
                    if let Some(library) = library(&artifact) {
                        report.libraries.push(library);
                    }
                    if let Some(path) = artifact.executable {
                        report.executables.push(Executable {
                            target: artifact.target.name.clone(),
                            path: path.into_std_path_buf(),
                            is_test: artifact.profile.test,
                        });
                    }
                }
                Message::BuildFinished(finished) => report.success = finished.success,
                _ => {}
            }
        }
        Ok(report)
    }
}

/// Keeps the end of cargo's own output (its errors come last) and, when
/// asked, mirrors its "Compiling" lines onto one status line.
fn read_cargo_stderr(
    stderr: std::process::ChildStderr,
    compiling: Compiling,
) -> std::thread::JoinHandle<String> {
    const KEEP: usize = 32 * 1024;
    std::thread::spawn(move || {
        use std::io::BufRead;
        let mut kept = String::new();
        let mut showed_status = false;
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            if let Some(what) = line.trim_start().strip_prefix("Compiling ") {
                match &compiling {
                    Compiling::Off => {}
                    Compiling::StatusLine => {
                        status_line(&format!("compiling {what}"));
                        showed_status = true;
                    }
                    Compiling::Report(report) => report(what),
                }
            }
            kept.push_str(&line);
            kept.push('\n');
            if kept.len() > 2 * KEEP {
                let cut = kept.len() - KEEP;
                let cut = (cut..kept.len())
                    .find(|&i| kept.is_char_boundary(i))
                    .unwrap_or(cut);
                kept.drain(..cut);
            }
        }
        if showed_status {
            status_line("");
        }
        kept
    })
}

/// Overwrites the current stderr line (empty text clears it).
fn status_line(text: &str) {
    let width = 78;
    let shown: String = text.chars().take(width).collect();
    eprint!("\r\x1b[2K{shown}");
}

/// The cargo that runs the checker, so one toolchain does everything.
pub fn cargo_program() -> std::ffi::OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

/// The rustc cargo uses: `RUSTC`, else the one beside cargo (where rustup
/// keeps a toolchain's tools), else the one on `PATH`.
pub fn rustc_program() -> std::ffi::OsString {
    if let Some(rustc) = std::env::var_os("RUSTC") {
        return rustc;
    }
    let cargo = std::path::PathBuf::from(cargo_program());
    let beside = cargo.with_file_name(format!("rustc{}", std::env::consts::EXE_SUFFIX));
    if cargo.is_absolute() && beside.is_file() {
        return beside.into_os_string();
    }
    "rustc".into()
}

/// The library an artifact message names, if it is one.
fn library(artifact: &cargo_metadata::Artifact) -> Option<Library> {
    use cargo_metadata::TargetKind;
    let is_library = artifact.target.kind.iter().any(|kind| {
        matches!(
            kind,
            TargetKind::Lib | TargetKind::RLib | TargetKind::ProcMacro
        )
    });
    if !is_library || artifact.profile.test {
        return None;
    }
    let file = artifact
        .filenames
        .iter()
        .find(|file| matches!(file.extension(), Some("rlib" | "so" | "dylib" | "dll")))?;
    let (package, version) = name_and_version(&artifact.package_id.repr);
    Some(Library {
        package,
        version,
        manifest_path: artifact.manifest_path.clone().into_std_path_buf(),
        crate_name: artifact.target.name.replace('-', "_"),
        edition: artifact.target.edition.as_str(),
        features: artifact.features.clone(),
        file: file.clone().into_std_path_buf(),
    })
}

/// `(name, version)` of a package id: `registry+https://...#tokio@1.54.1`,
/// or `path+file:///.../tokio#1.54.1` where the directory is the name.
fn name_and_version(repr: &str) -> (String, String) {
    let (source, fragment) = repr.rsplit_once('#').unwrap_or(("", repr));
    match fragment.split_once('@') {
        Some((name, version)) => (name.to_string(), version.to_string()),
        None => (
            source.rsplit('/').next().unwrap_or_default().to_string(),
            fragment.to_string(),
        ),
    }
}

fn convert(dir: &Path, msg: cargo_metadata::CompilerMessage) -> Option<Diagnostic> {
    diagnostic(dir, &msg.target.name, msg.message)
}

/// Keeps what the judge needs of one rustc diagnostic (`None` for notes and
/// closing summaries); files are named relative to `dir`, where rustc ran.
pub fn diagnostic(
    dir: &Path,
    target: &str,
    diagnostic: cargo_metadata::diagnostic::Diagnostic,
) -> Option<Diagnostic> {
    let level = match diagnostic.level {
        DiagnosticLevel::Error | DiagnosticLevel::Ice => Level::Error,
        DiagnosticLevel::Warning => Level::Warning,
        _ => return None,
    };
    // rustc's closing summaries ("aborting due to ...") say nothing new.
    if diagnostic.spans.is_empty()
        && (diagnostic.message.starts_with("aborting due to")
            || diagnostic.message.ends_with("warnings emitted")
            || diagnostic.message.ends_with("warning emitted"))
    {
        return None;
    }
    let spans = diagnostic
        .spans
        .iter()
        .filter(|span| span.is_primary)
        .map(|span| Span {
            // rustc names files relative to the directory cargo ran in.
            file: dir.join(&span.file_name),
            line_start: span.line_start,
            line_end: span.line_end,
            column: span.column_start,
        })
        .collect();
    Some(Diagnostic {
        level,
        code: diagnostic.code.map(|code| code.code),
        message: diagnostic.message,
        target: target.to_string(),
        spans,
        rendered: diagnostic.rendered.unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::name_and_version;

    #[test]
    fn reads_package_ids_with_and_without_a_name() {
        assert_eq!(
            name_and_version("registry+https://github.com/rust-lang/crates.io-index#tokio@1.54.1"),
            ("tokio".to_string(), "1.54.1".to_string())
        );
        assert_eq!(
            name_and_version("path+file:///work/exercises/01_moves#ownership_01_moves@0.1.0"),
            ("ownership_01_moves".to_string(), "0.1.0".to_string())
        );
        assert_eq!(
            name_and_version("path+file:///work/helpers/tally#0.2.0"),
            ("tally".to_string(), "0.2.0".to_string())
        );
    }
}
