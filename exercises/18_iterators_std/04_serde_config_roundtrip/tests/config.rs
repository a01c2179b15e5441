use iterators_std_04_serde_config_roundtrip::{LogLevel, ServerConfig, parse_config, to_json};
use serde_json::{Value, json};

const FULL: &str = r#"{
    "host": "10.0.0.5", "port": 8443, "maxConnections": 500,
    "type": "edge", "tls": true, "workers": 8, "logLevel": "warn"
}"#;

const MINIMAL: &str =
    r#"{ "host": "localhost", "port": 80, "maxConnections": 10, "type": "origin" }"#;

fn edge() -> ServerConfig {
    ServerConfig {
        host: "10.0.0.5".to_string(),
        port: 8443,
        max_connections: 500,
        kind: "edge".to_string(),
        tls: true,
        workers: 8,
        log_level: LogLevel::Warn,
    }
}

#[test]
fn a_full_file_is_read() {
    assert_eq!(parse_config(FULL).expect("a valid file"), edge());
}

#[test]
fn missing_optional_keys_take_their_defaults() {
    let config = parse_config(MINIMAL).expect("only required keys");
    assert_eq!(config.host, "localhost");
    assert_eq!(config.kind, "origin");
    assert!(!config.tls, "tls is off unless asked for");
    assert_eq!(config.workers, 4, "the default number of workers is 4");
    assert_eq!(config.log_level, LogLevel::Info);
}

#[test]
fn every_log_level_is_read_in_lower_case() {
    for (word, level) in [
        ("debug", LogLevel::Debug),
        ("info", LogLevel::Info),
        ("warn", LogLevel::Warn),
    ] {
        let text = MINIMAL.replace('}', &format!(r#", "logLevel": "{word}" }}"#));
        assert_eq!(parse_config(&text).expect("a known level").log_level, level);
    }
}

#[test]
fn a_missing_required_key_is_an_error() {
    let without_port = r#"{ "host": "h", "maxConnections": 1, "type": "edge" }"#;
    let error = parse_config(without_port).expect_err("port is required");
    assert!(
        error.to_string().contains("port"),
        "the error names the key: {error}"
    );
}

#[test]
fn every_required_key_is_required() {
    for key in ["host", "port", "maxConnections", "type"] {
        let mut file: Value = serde_json::from_str(MINIMAL).expect("JSON");
        file.as_object_mut().expect("an object").remove(key);
        let error = parse_config(&file.to_string()).expect_err("a required key is missing");
        assert!(
            error.to_string().contains(key),
            "the error names the key {key}: {error}"
        );
    }
}

#[test]
fn the_types_themselves_follow_the_file_format() {
    // Through serde itself, not through `parse_config` and `to_json`: the
    // format lives in the derived impls, wherever the JSON comes from.
    let file = json!({
        "host": "10.0.0.5", "port": 8443, "maxConnections": 500,
        "type": "edge", "tls": true, "workers": 8, "logLevel": "warn"
    });
    let config: ServerConfig = serde_json::from_value(file.clone()).expect("the file format");
    assert_eq!(config, edge());
    assert_eq!(serde_json::to_value(&config).expect("serializable"), file);
    let level: LogLevel = serde_json::from_value(json!("debug")).expect("a level");
    assert_eq!(level, LogLevel::Debug);
    let minimal: ServerConfig =
        serde_json::from_value(json!({ "host": "h", "port": 1, "maxConnections": 2, "type": "t" }))
            .expect("only the required keys");
    assert_eq!(
        (minimal.tls, minimal.workers, minimal.log_level),
        (false, 4, LogLevel::Info)
    );
}

#[test]
fn a_misspelt_key_is_an_error_not_a_default() {
    let typo = MINIMAL.replace('}', r#", "worker": 16 }"#);
    let error = parse_config(&typo).expect_err("\"worker\" is not a key");
    assert!(
        error.to_string().contains("worker"),
        "the error names the key: {error}"
    );
}

#[test]
fn rust_spellings_are_not_the_file_format() {
    let rust_names = r#"{ "host": "h", "port": 1, "max_connections": 1, "kind": "edge" }"#;
    assert!(parse_config(rust_names).is_err());
    // One Rust spelling at a time, so no other key makes the error.
    let rust_kind = r#"{ "host": "h", "port": 1, "maxConnections": 1, "kind": "edge" }"#;
    assert!(
        parse_config(rust_kind).is_err(),
        "the kind of server is under \"type\" only"
    );
    let rust_max = r#"{ "host": "h", "port": 1, "max_connections": 1, "type": "edge" }"#;
    assert!(
        parse_config(rust_max).is_err(),
        "the limit is under \"maxConnections\" only"
    );
    let both_kinds =
        r#"{ "host": "h", "port": 1, "maxConnections": 1, "type": "edge", "kind": "edge" }"#;
    assert!(
        parse_config(both_kinds).is_err(),
        "\"kind\" is not a key of the file"
    );
    let capitalised = MINIMAL.replace('}', r#", "logLevel": "Warn" }"#);
    assert!(parse_config(&capitalised).is_err());
}

#[test]
fn written_files_use_the_file_format() {
    let written: Value =
        serde_json::from_str(&to_json(&edge()).expect("serializable")).expect("JSON");
    assert_eq!(
        written,
        json!({
            "host": "10.0.0.5", "port": 8443, "maxConnections": 500,
            "type": "edge", "tls": true, "workers": 8, "logLevel": "warn"
        })
    );
}

#[test]
fn a_config_survives_a_round_trip() {
    let minimal = parse_config(MINIMAL).expect("valid");
    for config in [edge(), minimal] {
        let text = to_json(&config).expect("serializable");
        assert_eq!(parse_config(&text).expect("what we write, we read"), config);
    }
}

#[test]
fn unicode_values_round_trip() {
    let mut config = edge();
    config.host = "сервер.example".to_string();
    config.kind = "périphérie 🦀".to_string();
    let text = to_json(&config).expect("serializable");
    assert_eq!(parse_config(&text).expect("valid"), config);
}
