// variant: log levels read by a hand-written Deserialize impl
// expect: tests
use serde::{Deserialize, Serialize};

/// How much the server logs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogLevel {
    Debug,
    #[default]
    Info,
    Warn,
}

impl<'de> Deserialize<'de> for LogLevel {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match String::deserialize(deserializer)?.as_str() {
            "debug" => Ok(Self::Debug),
            "info" => Ok(Self::Info),
            "warn" => Ok(Self::Warn),
            other => Err(serde::de::Error::custom(format!("unknown level {other}"))),
        }
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
