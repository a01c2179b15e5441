//! # A library error enum that `?` can fill
//!
//! This library loads a small worker configuration:
//!
//! ```text
//! # comments and blank lines are ignored
//! name = thumbnailer
//! workers = 8
//! port = 9000
//! ```
//!
//! Callers need to tell failures apart: a missing file is handled differently
//! from a typo in a number. So the library has one error enum, written with
//! `thiserror`, and callers `match` on its variants.
//!
//! It does not compile: `?` is used on an `io::Error` and on a
//! `ParseIntError`, and `?` does not know how to turn either into a
//! `ConfigError`.
//!
//! Task: teach it, on the error type rather than at each call site, so
//! that every `?` stays as it is, with nothing in front of it (`map_err`,
//! `or_else` and `map_or_else` are refused, and the tests read the file:
//! each `read_to_string` and `parse` keeps its `?` right after it, with no
//! `match` instead), and callers' own `?`s work too.
//! Each wrapped error must also be reported as the `source()` of the
//! `ConfigError`, so that error reports show the whole chain. Keep the
//! variants and their messages.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::fs;
use std::num::ParseIntError;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    // TODO: how can `?` build these two variants, and report what they wrap?
    #[error("cannot read the configuration")]
    Io(std::io::Error),
    #[error("a number in the configuration is invalid")]
    BadNumber(ParseIntError),
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
    let text = fs::read_to_string(path)?;
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
            "workers" => workers = Some(value.parse::<u32>()?),
            "port" => port = Some(value.parse::<u16>()?),
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
