// variant: converts with `map_err` before each `?` instead of teaching `?` in the enum
// expect: rule:clippy::disallowed_methods
use std::fs;
use std::num::ParseIntError;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the configuration")]
    Io(#[source] std::io::Error),
    #[error("a number in the configuration is invalid")]
    BadNumber(#[source] ParseIntError),
    #[error("line {line}: expected `key = value`")]
    Syntax { line: usize },
    #[error("unknown key `{key}` on line {line}")]
    UnknownKey { key: String, line: usize },
    #[error("missing required key `{0}`")]
    MissingKey(&'static str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub name: String,
    pub workers: u32,
    pub port: u16,
}

pub fn load_config(path: &Path) -> Result<Config, ConfigError> {
    let text = fs::read_to_string(path).map_err(ConfigError::Io)?;
    parse_config(&text)
}

pub fn parse_config(text: &str) -> Result<Config, ConfigError> {
    let mut name = None;
    let mut workers = None;
    let mut port = None;
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            return Err(ConfigError::Syntax { line: index + 1 });
        };
        let value = value.trim();
        match key.trim() {
            "name" => name = Some(value.to_string()),
            "workers" => workers = Some(value.parse::<u32>().map_err(ConfigError::BadNumber)?),
            "port" => port = Some(value.parse::<u16>().map_err(ConfigError::BadNumber)?),
            other => {
                return Err(ConfigError::UnknownKey {
                    key: other.to_string(),
                    line: index + 1,
                });
            }
        }
    }
    Ok(Config {
        name: name.ok_or(ConfigError::MissingKey("name"))?,
        workers: workers.ok_or(ConfigError::MissingKey("workers"))?,
        port: port.ok_or(ConfigError::MissingKey("port"))?,
    })
}
