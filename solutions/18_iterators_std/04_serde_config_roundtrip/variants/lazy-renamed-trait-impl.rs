// variant: hand-written impls behind use serde::{Serialize as Encode, Deserialize as Decode}
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
//! a default value is fine). A test reads this file to check. Keep the Rust
//! names of the fields and variants.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use serde::de::{Deserializer as Source, Error as _};
use serde::ser::Serializer as Sink;
use serde::{Deserialize, Deserialize as Decode, Serialize, Serialize as Encode};

/// How much the server logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogLevel {
    Debug,
    #[default]
    Info,
    Warn,
}

impl Encode for LogLevel {
    fn serialize<S: Sink>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(match self {
            LogLevel::Debug => "debug",
            LogLevel::Info => "info",
            LogLevel::Warn => "warn",
        })
    }
}

impl<'de> Decode<'de> for LogLevel {
    fn deserialize<D: Source<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let word = String::deserialize(deserializer)?;
        match word.as_str() {
            "debug" => Ok(LogLevel::Debug),
            "info" => Ok(LogLevel::Info),
            "warn" => Ok(LogLevel::Warn),
            other => Err(D::Error::unknown_variant(other, &["debug", "info", "warn"])),
        }
    }
}

fn default_workers() -> usize {
    4
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

/// Reads a config file's text.
pub fn parse_config(json: &str) -> Result<ServerConfig, serde_json::Error> {
    serde_json::from_str(json)
}

/// Writes a config in the file format.
pub fn to_json(config: &ServerConfig) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(config)
}
