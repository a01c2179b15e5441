// variant: plain derives, and parse_config and to_json that translate keys by hand
// expect: tests
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// How much the server logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LogLevel {
    Debug,
    Info,
    Warn,
}

/// The server's settings.
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

const KEYS: [(&str, &str); 7] = [
    ("host", "host"),
    ("port", "port"),
    ("maxConnections", "max_connections"),
    ("type", "kind"),
    ("tls", "tls"),
    ("workers", "workers"),
    ("logLevel", "log_level"),
];

fn level_word(level: &str, to_file: bool) -> String {
    let (head, tail) = level.split_at(1);
    if to_file {
        level.to_lowercase()
    } else {
        head.to_uppercase() + tail
    }
}

/// Reads a config file's text.
pub fn parse_config(json: &str) -> Result<ServerConfig, serde_json::Error> {
    let file: Map<String, Value> = serde_json::from_str(json)?;
    let mut rust = Map::new();
    rust.insert("tls".into(), Value::Bool(false));
    rust.insert("workers".into(), Value::from(4));
    rust.insert("log_level".into(), Value::from("Info"));
    for (key, value) in file {
        let Some((_, name)) = KEYS.iter().find(|(file_key, _)| *file_key == key) else {
            return serde_json::from_str(&format!("{{\"unknown field `{key}`\": 0}}"));
        };
        let value = match (name, value) {
            (&"log_level", Value::String(word)) if word == word.to_lowercase() => {
                Value::String(level_word(&word, false))
            }
            (&"log_level", _) => return serde_json::from_str("\"not a level\""),
            (_, value) => value,
        };
        rust.insert((*name).to_string(), value);
    }
    serde_json::from_value(Value::Object(rust))
}

/// Writes a config in the file format.
pub fn to_json(config: &ServerConfig) -> Result<String, serde_json::Error> {
    let Value::Object(rust) = serde_json::to_value(config)? else {
        return serde_json::to_string(config);
    };
    let mut file = Map::new();
    for (key, value) in rust {
        let Some((file_key, _)) = KEYS.iter().find(|(_, name)| *name == key) else {
            continue;
        };
        let value = match value {
            Value::String(word) if key == "log_level" => Value::String(level_word(&word, true)),
            value => value,
        };
        file.insert((*file_key).to_string(), value);
    }
    serde_json::to_string_pretty(&file)
}
