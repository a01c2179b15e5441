// The other tests build this crate with the `serde` feature on. These build
// `src/lib.rs` the way Cargo would for a service that leaves features off,
// by calling `rustc` directly with only the `--cfg feature="..."` flags that
// Cargo would pass, and with no `serde` crate to link against.
use std::path::{Path, PathBuf};
use std::process::Command;

const LIB: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs");

/// A fresh directory for one test's build outputs.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cargo_feature_stats")
        .join(test);
    // Left over from an earlier run, if at all: a failure here is harmless.
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the target directory is writable");
    dir
}

/// Runs rustc; returns whether it succeeded, and what it printed.
fn rustc(args: &[&str], dir: &Path) -> (bool, String) {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let output = Command::new(rustc)
        .args([
            "--edition",
            "2024",
            "--crate-type",
            "lib",
            "--emit",
            "metadata",
        ])
        .args(["--error-format", "short", "--out-dir"])
        .arg(dir)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("rustc runs");
    let printed = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.success(), printed)
}

/// Builds this crate's library with exactly these features.
fn build_lib(features: &[&str], dir: &Path) -> (bool, String) {
    let cfgs: Vec<String> = features
        .iter()
        .map(|feature| format!("feature=\"{feature}\""))
        .collect();
    let mut args = vec!["--crate-name", "stats", LIB];
    for cfg in &cfgs {
        args.extend(["--cfg", cfg.as_str()]);
    }
    rustc(&args, dir)
}

/// Builds the library with `features`, then a crate that imports `median`
/// from it; returns whether that import compiles, and what rustc printed.
fn median_is_there(features: &[&str], test: &str) -> (bool, String) {
    let dir = scratch(test);
    let (built, printed) = build_lib(features, &dir);
    assert!(
        built,
        "the library must build with {features:?}:\n{printed}"
    );
    let probe = dir.join("probe.rs");
    std::fs::write(&probe, "pub use stats::median;\n").expect("writable");
    let rmeta = dir.join("libstats.rmeta");
    let extern_arg = format!("stats={}", rmeta.display());
    let probe = probe.to_str().expect("a UTF-8 path");
    rustc(
        &["--crate-name", "probe", "--extern", &extern_arg, probe],
        &dir,
    )
}

#[test]
fn the_default_build_needs_no_serde_crate() {
    let (built, printed) = build_lib(&["default", "percentiles"], &scratch("default"));
    assert!(
        built,
        "with default features only, the crate must build without the serde crate:\n{printed}"
    );
}

#[test]
fn a_build_with_no_features_needs_no_serde_crate() {
    let (built, printed) = build_lib(&[], &scratch("none"));
    assert!(
        built,
        "with no features, the crate must build without the serde crate:\n{printed}"
    );
}

#[test]
fn median_exists_with_the_percentiles_feature() {
    let (found, printed) = median_is_there(&["percentiles"], "with_percentiles");
    assert!(
        found,
        "with `percentiles` on, `median` must be there:\n{printed}"
    );
}

#[test]
fn median_is_absent_without_the_percentiles_feature() {
    let (found, printed) = median_is_there(&[], "without_percentiles");
    assert!(
        !found,
        "with default features off, `median` must not be compiled"
    );
    assert!(
        printed.contains("E0432"),
        "the import of `median` should fail as unresolved, not for another reason:\n{printed}"
    );
}
