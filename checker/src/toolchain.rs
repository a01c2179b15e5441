//! The Rust toolchain the exercises are built with: older than the
//! workspace's `rust-version`, the checker says so in one line, before cargo
//! fails on it in its own words.

use std::path::Path;
use std::process::Command;

use anyhow::{Result, bail};

use crate::workspace::Workspace;

/// Stops with one clear line when the active rustc is older than the
/// workspace's `rust-version` (a workspace without one accepts any).
pub fn check(workspace: &Workspace) -> Result<()> {
    let Some(needed) = required(&workspace.root) else {
        return Ok(());
    };
    let Some(active) = active(&workspace.root) else {
        return Ok(()); // no rustc to ask: cargo will say so itself
    };
    if version(&active) < version(&needed) {
        bail!(
            "Rust {active} is older than {needed}, the oldest version these exercises need: run `rustup update stable`"
        );
    }
    Ok(())
}

/// `rustc -vV` as asked in `root`, once per process: a new compiler may
/// report differently, so caches of what it said are keyed by this.
pub fn version_text(root: &Path) -> &'static str {
    static VERSION: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    VERSION.get_or_init(|| {
        let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
        Command::new(rustc)
            .arg("-vV")
            .current_dir(root)
            .output()
            .map(|output| String::from_utf8_lossy(&output.stdout).into_owned())
            .unwrap_or_default()
    })
}

/// `workspace.package.rust-version` of the workspace's manifest.
fn required(root: &Path) -> Option<String> {
    let manifest = crate::manifest::read_toml(&root.join("Cargo.toml")).ok()?;
    manifest
        .get("workspace")?
        .get("package")?
        .get("rust-version")?
        .as_str()
        .map(str::to_string)
}

/// `1.95.0` from `rustc 1.95.0 (59807616e 2026-04-14)`, asked in the
/// workspace, where a toolchain file would choose the compiler.
fn active(root: &Path) -> Option<String> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let output = Command::new(rustc)
        .arg("--version")
        .current_dir(root)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&output.stdout);
    text.split_whitespace().nth(1).map(str::to_string)
}

/// `1.88` or `1.88.0-beta.2` as numbers to compare: (1, 88, 0).
fn version(text: &str) -> (u64, u64, u64) {
    let mut parts = text
        .split(['-', '+'])
        .next()
        .unwrap_or_default()
        .split('.')
        .map(|part| part.parse().unwrap_or(0));
    (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_by_number() {
        assert!(version("1.80.1") < version("1.88"));
        assert!(version("1.88.0") >= version("1.88"));
        assert!(version("1.100.0-nightly") > version("1.95.0"));
        assert!(version("2.0.0") > version("1.200"));
    }
}
