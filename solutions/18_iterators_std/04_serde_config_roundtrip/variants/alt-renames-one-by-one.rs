// variant: a rename per field and per variant, a hand-written Default, compact output
use serde::{Deserialize, Serialize};

/// How much the server logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LogLevel {
    #[serde(rename = "debug")]
    Debug,
    #[serde(rename = "info")]
    Info,
    #[serde(rename = "warn")]
    Warn,
}

impl Default for LogLevel {
    fn default() -> Self {
        Self::Info
    }
}

fn four() -> usize {
    4
}

/// The server's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerConfig {
    pub host: String,
    pub port: u16,
    #[serde(rename = "maxConnections")]
    pub max_connections: u32,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub tls: bool,
    #[serde(default = "four")]
    pub workers: usize,
    #[serde(rename = "logLevel", default)]
    pub log_level: LogLevel,
}

/// Reads a config file's text.
pub fn parse_config(json: &str) -> Result<ServerConfig, serde_json::Error> {
    serde_json::from_str::<ServerConfig>(json)
}

/// Writes a config in the file format.
pub fn to_json(config: &ServerConfig) -> Result<String, serde_json::Error> {
    serde_json::to_string(config)
}
