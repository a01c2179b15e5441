// variant: try_from/into hidden in a cfg_attr nested in a cfg_attr
// expect: tests

//! # A config file round trip with serde
//!
//! The server reads its configuration from JSON written by the operations
//! team, and writes it back when an admin changes a setting. Their files look
//! like this:
//!
//! ```json
//! { "host": "10.0.0.5", "port": 8443, "maxConnections": 500,
//!   "type": "edge", "tls": true, "workers": 8, "logLevel": "warn" }
//! ```
//!
//! Keys are camelCase, the kind of server is under `"type"` (a keyword in
//! Rust), and log levels are lower-case words. Only `host`, `port`,
//! `maxConnections` and `type` are required: a missing `tls` means `false`,
//! a missing `workers` means 4, a missing `logLevel` means `info`. A key the
//! server does not know is a typo and must be an error, not silently
//! ignored. Written files must use the same format.
//!
//! Task: make `ServerConfig` and `LogLevel` follow that format in their
//! derived serde impls (the tests also use them through serde directly), so
//! that `parse_config` and `to_json` do. Use serde's attributes, not code of
//! your own: no hand-written `impl Serialize` or `impl Deserialize`, and none
//! of the attributes that hand the parsing to your functions (`with`,
//! `deserialize_with`, `from`, `try_from`...; a function that only supplies
//! a default value is fine). A test reads this file to check, and refuses
//! what would hide code from it (a renamed import, a macro of your own, a
//! type alias). Keep the Rust names of the fields and variants.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use serde::{Deserialize, Serialize};

/// How much the server logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(all(), cfg_attr(all(), serde(try_from = "String", into = "String")))]
pub enum LogLevel {
    Debug,
    #[default]
    Info,
    Warn,
}

impl TryFrom<String> for LogLevel {
    type Error = String;

    fn try_from(word: String) -> Result<Self, Self::Error> {
        match word.as_str() {
            "debug" => Ok(LogLevel::Debug),
            "info" => Ok(LogLevel::Info),
            "warn" => Ok(LogLevel::Warn),
            other => Err(format!("unknown log level `{other}`")),
        }
    }
}

impl From<LogLevel> for String {
    fn from(level: LogLevel) -> String {
        match level {
            LogLevel::Debug => "debug",
            LogLevel::Info => "info",
            LogLevel::Warn => "warn",
        }
        .to_string()
    }
}

/// The server's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServerConfig {
    pub host: String,
    pub port: u16,
    pub max_connections: u32,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub tls: bool,
    #[serde(default = "default_workers")]
    pub workers: usize,
    #[serde(default)]
    pub log_level: LogLevel,
}

fn default_workers() -> usize {
    4
}

/// Reads a config file's text.
pub fn parse_config(json: &str) -> Result<ServerConfig, serde_json::Error> {
    serde_json::from_str(json)
}

/// Writes a config in the file format.
pub fn to_json(config: &ServerConfig) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(config)
}
