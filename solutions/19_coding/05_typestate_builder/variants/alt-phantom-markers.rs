// variant: zero-sized markers in PhantomData, the host kept in an Option the state vouches for
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
    BlankHost,
    ZeroPort,
    Workers(usize),
    ZeroTimeout,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::BlankHost => write!(f, "the host is blank"),
            ConfigError::ZeroPort => write!(f, "port 0 is not a listening port"),
            ConfigError::Workers(n) => write!(f, "{n} workers; allowed 1 to {MAX_WORKERS}"),
            ConfigError::ZeroTimeout => write!(f, "the timeout must not be zero"),
        }
    }
}

impl std::error::Error for ConfigError {}

use std::marker::PhantomData;

/// Marker: no host yet.
#[derive(Debug)]
pub enum Missing {}

/// Marker: the host is set.
#[derive(Debug)]
pub enum Present {}

#[derive(Debug)]
pub struct ServerConfigBuilder<HostState = Missing> {
    host: Option<String>,
    port: Option<u16>,
    workers: Option<usize>,
    timeout: Option<Duration>,
    state: PhantomData<HostState>,
}

impl Default for ServerConfigBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl ServerConfigBuilder<Missing> {
    pub fn new() -> Self {
        ServerConfigBuilder {
            host: None,
            port: None,
            workers: None,
            timeout: None,
            state: PhantomData,
        }
    }

    pub fn host(self, host: impl Into<String>) -> ServerConfigBuilder<Present> {
        ServerConfigBuilder {
            host: Some(host.into()),
            port: self.port,
            workers: self.workers,
            timeout: self.timeout,
            state: PhantomData,
        }
    }
}

impl<HostState> ServerConfigBuilder<HostState> {
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

impl ServerConfigBuilder<Present> {
    pub fn build(self) -> Result<ServerConfig, ConfigError> {
        // `Present` is only reachable through `host`, which sets it.
        let host = self.host.unwrap_or_default();
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
        if timeout.is_zero() {
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
