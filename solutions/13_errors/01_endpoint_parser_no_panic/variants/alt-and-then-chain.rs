// variant: one chain of `ok_or`, `and_then` and `map_err` over owned parts
use std::num::ParseIntError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub name: String,
    pub host: String,
    pub port: u16,
}

/// Why a line is not an endpoint. Callers match on the variant; the
/// messages and the `source()` chain come from `thiserror`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EndpointError {
    /// The line has no `=`.
    #[error("expected `name = host:port`")]
    MissingEquals,
    /// Nothing (but spaces) before the `=`.
    #[error("the endpoint has no name")]
    EmptyName,
    /// The address after `=` has no `:`.
    #[error("the address has no `:port`")]
    MissingPort,
    /// Nothing (but spaces) before the last `:`.
    #[error("the address has no host")]
    EmptyHost,
    /// The port is not a number from 0 to 65535.
    #[error("invalid port")]
    BadPort(#[source] ParseIntError),
}

pub fn parse_endpoint(line: &str) -> Result<Endpoint, EndpointError> {
    let (name, address) = line
        .split_once('=')
        .map(|(name, address)| (name.trim(), address))
        .ok_or(EndpointError::MissingEquals)
        .and_then(|(name, address)| {
            if name.is_empty() {
                Err(EndpointError::EmptyName)
            } else {
                Ok((name, address))
            }
        })?;
    let (host, port) = address
        .rsplit_once(':')
        .map(|(host, port)| (host.trim(), port.trim()))
        .ok_or(EndpointError::MissingPort)?;
    if host.is_empty() {
        return Err(EndpointError::EmptyHost);
    }
    port.parse::<u16>()
        .map_err(EndpointError::BadPort)
        .map(|port| Endpoint {
            name: name.to_owned(),
            host: host.to_owned(),
            port,
        })
}
