// The other tests build this crate with every feature on. These build
// `src/lib.rs` the way Cargo would for services that pick other feature
// sets, each feature alone, both without the defaults and none, by calling `rustc` directly with only
// the `--cfg feature="..."` flags that Cargo would pass. Without the `serde`
// feature there is no `serde` crate to link against; with it alone, the
// tests use the `serde` library Cargo built for this test binary.
use std::collections::BTreeSet;
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

/// Builds this crate's library with exactly these features (and these
/// extra arguments, for the `serde` crate).
fn build_lib_with(features: &[&str], extra: &[&str], dir: &Path) -> (bool, String) {
    let cfgs: Vec<String> = features
        .iter()
        .map(|feature| format!("feature=\"{feature}\""))
        .collect();
    let mut args = vec!["--crate-name", "stats", LIB];
    for cfg in &cfgs {
        args.extend(["--cfg", cfg.as_str()]);
    }
    args.extend(extra);
    rustc(&args, dir)
}

/// Builds this crate's library with exactly these features.
fn build_lib(features: &[&str], dir: &Path) -> (bool, String) {
    build_lib_with(features, &[], dir)
}

/// A crate that needs `Summary` to be serializable and imports `median`.
const SERDE_PROBE: &str = r#"
pub fn serializable(summary: &stats::Summary) -> impl serde::Serialize + '_ {
    summary
}
pub use stats::median;
"#;

/// Cargo's `deps` directory, where this test binary and the libraries it was
/// built with live.
fn deps_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    exe.parent().expect("a directory").to_path_buf()
}

/// The `serde` libraries in `deps`, newest first (an older build may have
/// left another one beside the current one).
fn serde_libraries(deps: &Path) -> Vec<PathBuf> {
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(deps)
        .expect("the deps directory is readable")
        .flatten()
        .filter(|entry| {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            name.starts_with("libserde-") && name.ends_with(".rlib")
        })
        .map(|entry| {
            let modified = entry
                .metadata()
                .and_then(|meta| meta.modified())
                .unwrap_or(std::time::UNIX_EPOCH);
            (modified, entry.path())
        })
        .collect();
    found.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    found.into_iter().map(|(_, path)| path).collect()
}

/// The error codes rustc printed (`error[E0432]: ...`).
fn error_codes(printed: &str) -> BTreeSet<String> {
    printed
        .split("error[")
        .skip(1)
        .filter_map(|rest| rest.split_once(']').map(|(code, _)| code.to_string()))
        .collect()
}

/// Builds the library with `features`, then a crate that imports `median`
/// from it; returns whether that import compiles, and what rustc printed.
fn median_is_there(features: &[&str], test: &str) -> (bool, String) {
    let dir = scratch(test);
    let (built, printed) = build_lib(features, &dir);
    assert!(
        built,
        "with the features {features:?}, the crate must build without the serde crate:\n{printed}"
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
fn median_exists_with_the_percentiles_feature() {
    let (found, printed) = median_is_there(&["percentiles"], "with_percentiles");
    assert!(
        found,
        "with `percentiles` on, `median` must be there:\n{printed}"
    );
}

#[test]
fn no_features_need_no_serde_crate_and_give_no_median() {
    let (found, printed) = median_is_there(&[], "no_features");
    assert!(
        !found,
        "with default features off, `median` must not be compiled"
    );
    assert!(
        printed.contains("E0432"),
        "the import of `median` should fail as unresolved, not for another reason:\n{printed}"
    );
}

/// Builds the library with `features` (`serde` among them) against the
/// `serde` library Cargo built for this test binary, then the crate of
/// [`SERDE_PROBE`]; returns whether the probe built, its error codes and
/// what rustc printed.
fn serde_probe(features: &[&str], test: &str) -> (bool, BTreeSet<String>, String) {
    let dir = scratch(test);
    let deps = deps_dir();
    let candidates = serde_libraries(&deps);
    assert!(
        !candidates.is_empty(),
        "no serde library beside the test binary in {}",
        deps.display()
    );
    let search = format!("dependency={}", deps.display());
    let mut first_failure = None;
    let mut serde = None;
    for candidate in &candidates {
        let extern_arg = format!("serde={}", candidate.display());
        let (built, printed) =
            build_lib_with(features, &["-L", &search, "--extern", &extern_arg], &dir);
        if built {
            serde = Some(extern_arg);
            break;
        }
        first_failure.get_or_insert(printed);
    }
    let Some(serde) = serde else {
        panic!(
            "with the features {features:?}, the crate must build:\n{}",
            first_failure.unwrap_or_default()
        );
    };
    let probe = dir.join("probe.rs");
    std::fs::write(&probe, SERDE_PROBE).expect("writable");
    let rmeta = dir.join("libstats.rmeta");
    let stats = format!("stats={}", rmeta.display());
    let probe = probe.to_str().expect("a UTF-8 path");
    let (built, printed) = rustc(
        &[
            "--crate-name",
            "probe",
            "-L",
            &search,
            "--extern",
            &stats,
            "--extern",
            &serde,
            probe,
        ],
        &dir,
    );
    let codes = error_codes(&printed);
    (built, codes, printed)
}

#[test]
fn serde_alone_makes_summary_serializable_and_leaves_median_out() {
    let (built, codes, printed) = serde_probe(&["serde"], "serde_alone");
    assert!(
        !codes.contains("E0277"),
        "with only the `serde` feature on, `Summary` must be serializable:\n{printed}"
    );
    assert!(
        !built && codes.contains("E0432"),
        "with only the `serde` feature on (`percentiles` off), `median` must not be compiled"
    );
    assert_eq!(
        codes.into_iter().collect::<Vec<_>>(),
        ["E0432"],
        "only the import of `median` should fail:\n{printed}"
    );
}

#[test]
fn both_features_without_the_defaults_give_both_extras() {
    // A service with `default-features = false, features = ["percentiles",
    // "serde"]`: each extra depends on its own feature only.
    let (built, _, printed) = serde_probe(&["percentiles", "serde"], "both_without_defaults");
    assert!(
        built,
        "with `percentiles` and `serde` on (defaults off), `Summary` must be serializable \
         and `median` there:\n{printed}"
    );
}
