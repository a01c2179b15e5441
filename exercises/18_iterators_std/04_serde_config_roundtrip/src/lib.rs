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
// TODO: how are variants spelled in the file, and which one is the default?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LogLevel {
    Debug,
    Info,
    Warn,
}

/// The server's settings.
// TODO: the file's key names, the defaults, and unknown keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerConfig {
    pub host: String,
    pub port: u16,
    pub max_connections: u32,
    pub kind: String,
    pub tls: bool,
    pub workers: usize,
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
