use std::error::Error;
use std::io::{ErrorKind, Write};
use std::num::IntErrorKind;

use errors_02_config_error_enum::{Config, ConfigError, load_config, parse_config};

const GOOD: &str = "# worker settings\nname = thumbnailer\n\nworkers = 8\nport = 9000\n";

fn config_file(text: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().expect("create a temporary file");
    file.write_all(text.as_bytes())
        .expect("write the temporary file");
    file
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
    let file = config_file(GOOD);
    let config = load_config(file.path()).expect("valid file");
    assert_eq!(config.workers, 8);
}

#[test]
fn a_missing_file_is_an_io_error_with_its_kind() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    let err = load_config(&dir.path().join("absent.conf")).expect_err("no such file");
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
