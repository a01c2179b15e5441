// variant: a default for the whole struct, which makes the required keys optional
// expect: tests
use serde::{Deserialize, Serialize};

/// How much the server logs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogLevel {
    Debug,
    #[default]
    Info,
    Warn,
}

/// The server's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
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

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            host: String::new(),
            port: 0,
            max_connections: 0,
            kind: String::new(),
            tls: false,
            workers: 4,
            log_level: LogLevel::Info,
        }
    }
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
