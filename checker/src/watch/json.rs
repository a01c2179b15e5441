//! Watch's plain output: one JSON object per line, all of one shape, for
//! editors, scripts, tests and the benchmark. README ("Start") documents it.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use crate::verdict::Verdict;

#[derive(Debug, Serialize)]
pub struct Line<'a> {
    pub id: &'a str,
    /// A verdict's status (as `verify --json` names it), or `error` when the
    /// check could not run.
    pub status: String,
    /// When the line was written, in milliseconds since the Unix epoch.
    pub at_ms: u128,
    /// How long the check took (verdicts only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub elapsed_ms: Option<u64>,
    /// Why the check could not run (errors only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<&'a str>,
    /// With `--why`: what started the check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<&'a str>,
}

impl<'a> Line<'a> {
    pub fn verdict(verdict: &'a Verdict, why: Option<&'a str>) -> Self {
        let status = serde_json::to_value(verdict.status)
            .ok()
            .and_then(|value| value.as_str().map(str::to_string))
            .unwrap_or_default();
        Self {
            id: &verdict.id,
            status,
            at_ms: now_ms(),
            elapsed_ms: Some(verdict.elapsed_ms),
            message: None,
            why,
        }
    }

    pub fn error(id: &'a str, message: &'a str, why: Option<&'a str>) -> Self {
        Self {
            id,
            status: "error".into(),
            at_ms: now_ms(),
            elapsed_ms: None,
            message: Some(message),
            why,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Writes one line and flushes it: a reader acts on each at once.
pub fn print(line: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}")?;
    out.flush()?;
    Ok(())
}

fn now_ms() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis())
}
