use std::error::Error;
use std::io::ErrorKind;
use std::num::IntErrorKind;
use std::path::{Path, PathBuf};

use errors_02_config_error_enum::{Config, ConfigError, load_config, parse_config};

const GOOD: &str = "# worker settings\nname = thumbnailer\n\nworkers = 8\nport = 9000\n";

/// A path of this test run's own under Cargo's scratch directory for
/// integration tests; the file is not created.
fn scratch_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("config_error_enum-{}-{name}", std::process::id()))
}

/// Writes `text` to a fresh file and returns its path.
fn config_file(name: &str, text: &str) -> PathBuf {
    let path = scratch_path(name);
    std::fs::write(&path, text).expect("write the test configuration");
    path
}

/// A caller's own function that returns `ConfigError` and uses `?` on both
/// standard errors: it compiles only if `?` can convert them.
fn read_worker_count(path: &Path) -> Result<u32, ConfigError> {
    let text = std::fs::read_to_string(path)?;
    Ok(text.trim().parse::<u32>()?)
}

#[test]
fn parses_a_complete_configuration() {
    let expected = Config {
        name: "thumbnailer".to_string(),
        workers: 8,
        port: 9000,
    };
    assert_eq!(parse_config(GOOD).expect("valid"), expected);
}

#[test]
fn loads_a_configuration_from_a_file() {
    let path = config_file("good.conf", GOOD);
    let config = load_config(&path);
    let _ = std::fs::remove_file(&path);
    assert_eq!(config.expect("valid file").workers, 8);
}

#[test]
fn a_missing_file_is_an_io_error_with_its_kind() {
    let err = load_config(&scratch_path("absent.conf")).expect_err("no such file");
    match &err {
        ConfigError::Io(io) => assert_eq!(io.kind(), ErrorKind::NotFound),
        other => panic!("expected ConfigError::Io, got {other:?}"),
    }
    assert_eq!(err.to_string(), "cannot read the configuration");
    let source = err.source().expect("the io::Error is the source");
    assert!(source.downcast_ref::<std::io::Error>().is_some());
}

#[test]
fn a_bad_number_keeps_the_parse_error() {
    let err = parse_config("name = a\nworkers = many\nport = 1\n").expect_err("bad workers");
    match &err {
        ConfigError::BadNumber(parse) => assert_eq!(parse.kind(), &IntErrorKind::InvalidDigit),
        other => panic!("expected ConfigError::BadNumber, got {other:?}"),
    }
    assert_eq!(err.to_string(), "a number in the configuration is invalid");
    assert!(err.source().is_some(), "the ParseIntError is the source");
}

#[test]
fn a_port_too_large_for_u16_is_a_bad_number() {
    let err = parse_config("name = a\nworkers = 1\nport = 70000\n").expect_err("port too large");
    assert!(
        matches!(&err, ConfigError::BadNumber(parse) if parse.kind() == &IntErrorKind::PosOverflow),
        "got {err:?}"
    );
}

#[test]
fn syntax_and_unknown_keys_report_their_line() {
    let err = parse_config("name = a\n\nworkers 4\n").expect_err("no =");
    assert!(
        matches!(err, ConfigError::Syntax { line: 3 }),
        "got {err:?}"
    );
    assert_eq!(err.to_string(), "line 3: expected `key = value`");
    assert!(err.source().is_none(), "nothing underneath a syntax error");

    let err = parse_config("name = a\ncolour = blue\n").expect_err("unknown key");
    assert!(
        matches!(&err, ConfigError::UnknownKey { key, line: 2 } if key == "colour"),
        "got {err:?}"
    );
    assert_eq!(err.to_string(), "unknown key `colour` on line 2");
    assert!(err.source().is_none(), "nothing underneath an unknown key");
}

#[test]
fn missing_keys_are_named() {
    let err = parse_config("name = a\nport = 80\n").expect_err("no workers");
    assert!(
        matches!(err, ConfigError::MissingKey("workers")),
        "got {err:?}"
    );
    assert_eq!(err.to_string(), "missing required key `workers`");
    let err = parse_config("").expect_err("empty");
    assert!(
        matches!(err, ConfigError::MissingKey("name")),
        "got {err:?}"
    );
}

#[test]
fn callers_can_use_question_mark_on_the_standard_errors() {
    let err = read_worker_count(&scratch_path("absent-count.conf")).expect_err("no such file");
    assert!(
        matches!(&err, ConfigError::Io(io) if io.kind() == ErrorKind::NotFound),
        "got {err:?}"
    );

    let path = config_file("count.conf", " 12 \n");
    let count = read_worker_count(&path);
    let _ = std::fs::remove_file(&path);
    assert_eq!(count.expect("a number"), 12);

    let path = config_file("bad-count.conf", "twelve");
    let err = read_worker_count(&path).expect_err("not a number");
    let _ = std::fs::remove_file(&path);
    assert!(matches!(err, ConfigError::BadNumber(_)), "got {err:?}");
}

#[test]
fn the_error_can_travel_as_a_boxed_error_and_keep_its_source() {
    fn boxed(err: ConfigError) -> Box<dyn Error + Send + Sync + 'static> {
        Box::new(err)
    }
    let err = parse_config("name = a\nworkers = 1\nport = -1\n").expect_err("negative port");
    let boxed = boxed(err);
    let source = boxed
        .source()
        .expect("the ParseIntError is still the source");
    assert!(source.downcast_ref::<std::num::ParseIntError>().is_some());
}
