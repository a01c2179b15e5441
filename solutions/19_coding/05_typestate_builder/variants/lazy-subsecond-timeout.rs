// variant: a timeout counted in whole seconds, so 500 ms counts as zero
// expect: tests

//! # Interview problem: a builder that cannot forget the required field
//!
//! "Our server config has one required setting and several optional ones.
//! Write a builder for it. Then make forgetting the required one a compile
//! error instead of a run-time error."
//!
//! The builder below is the classic first half, and its behaviour is right:
//! - setters take `self` and return the builder, so calls chain;
//! - string setters take `impl Into<String>` (a literal or a `String`);
//! - optional settings are `Option`s that `build` fills with defaults:
//!   port 8080, 4 workers, a 30 s timeout;
//! - `build` validates and returns `Result`: the host must not be blank,
//!   the port not 0, workers between 1 and 256, the timeout not zero,
//!   checked in that order (the first that fails is the error).
//!
//! The second half is yours: today `ServerConfigBuilder::new().build()`
//! compiles and fails at run time with `MissingHost`. Turn the builder into a
//! typestate builder: a type parameter records whether `host` has been set,
//! and `build` exists only once it has. Keep every method name, and keep the
//! optional setters callable before and after `host`. Must-fail cases
//! check that building without a host no longer compiles, nor through a
//! builder made some other way (by `Default`, say).
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::fmt;
use std::time::Duration;

pub const DEFAULT_PORT: u16 = 8080;
pub const DEFAULT_WORKERS: usize = 4;
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const MAX_WORKERS: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerConfig {
    host: String,
    port: u16,
    workers: usize,
    timeout: Duration,
}

impl ServerConfig {
    pub fn host(&self) -> &str {
        &self.host
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn workers(&self) -> usize {
        self.workers
    }

    pub fn timeout(&self) -> Duration {
        self.timeout
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    MissingHost,
    BlankHost,
    ZeroPort,
    Workers(usize),
    ZeroTimeout,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::MissingHost => write!(f, "no host was set"),
            ConfigError::BlankHost => write!(f, "the host is blank"),
            ConfigError::ZeroPort => write!(f, "port 0 is not a listening port"),
            ConfigError::Workers(n) => write!(f, "{n} workers; allowed 1 to {MAX_WORKERS}"),
            ConfigError::ZeroTimeout => write!(f, "the timeout must not be zero"),
        }
    }
}

impl std::error::Error for ConfigError {}

/// The state of a builder whose host is not set yet.
#[derive(Debug, Default)]
pub struct NoHost;

/// The state of a builder that holds its host.
#[derive(Debug)]
pub struct WithHost(String);

/// Builds a [`ServerConfig`]; `build` exists once `host` is set.
#[derive(Debug)]
pub struct ServerConfigBuilder<S = NoHost> {
    host: S,
    port: Option<u16>,
    workers: Option<usize>,
    timeout: Option<Duration>,
}

impl Default for ServerConfigBuilder<NoHost> {
    fn default() -> Self {
        Self {
            host: NoHost,
            port: None,
            workers: None,
            timeout: None,
        }
    }
}

impl ServerConfigBuilder<NoHost> {
    pub fn new() -> Self {
        Self::default()
    }
}

impl<S> ServerConfigBuilder<S> {
    pub fn host(self, host: impl Into<String>) -> ServerConfigBuilder<WithHost> {
        ServerConfigBuilder {
            host: WithHost(host.into()),
            port: self.port,
            workers: self.workers,
            timeout: self.timeout,
        }
    }

    pub fn port(self, port: u16) -> Self {
        Self {
            port: Some(port),
            ..self
        }
    }

    pub fn workers(self, workers: usize) -> Self {
        Self {
            workers: Some(workers),
            ..self
        }
    }

    pub fn timeout(self, timeout: Duration) -> Self {
        Self {
            timeout: Some(timeout),
            ..self
        }
    }
}

impl ServerConfigBuilder<WithHost> {
    pub fn build(self) -> Result<ServerConfig, ConfigError> {
        let WithHost(host) = self.host;
        if host.trim().is_empty() {
            return Err(ConfigError::BlankHost);
        }
        let port = self.port.unwrap_or(DEFAULT_PORT);
        if port == 0 {
            return Err(ConfigError::ZeroPort);
        }
        let workers = self.workers.unwrap_or(DEFAULT_WORKERS);
        if !(1..=MAX_WORKERS).contains(&workers) {
            return Err(ConfigError::Workers(workers));
        }
        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        if timeout.as_secs() == 0 {
            return Err(ConfigError::ZeroTimeout);
        }
        Ok(ServerConfig {
            host,
            port,
            workers,
            timeout,
        })
    }
}
