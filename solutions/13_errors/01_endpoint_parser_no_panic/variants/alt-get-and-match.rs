// variant: `rfind` with `str::get`, `match` instead of combinators, and the learner's own `deny` of the rules' lints
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![forbid(clippy::indexing_slicing)]

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
    let (name, address) = match line.split_once('=') {
        Some(parts) => parts,
        None => return Err(EndpointError::MissingEquals),
    };
    let name = name.trim();
    if name.is_empty() {
        return Err(EndpointError::EmptyName);
    }
    let Some(colon) = address.rfind(':') else {
        return Err(EndpointError::MissingPort);
    };
    let host = match address.get(..colon) {
        Some(host) if !host.trim().is_empty() => host.trim(),
        _ => return Err(EndpointError::EmptyHost),
    };
    let digits = address.get(colon + 1..).unwrap_or_default().trim();
    let port = match digits.parse::<u16>() {
        Ok(port) => port,
        Err(err) => return Err(EndpointError::BadPort(err)),
    };
    Ok(Endpoint {
        name: name.to_string(),
        host: host.to_string(),
        port,
    })
}
