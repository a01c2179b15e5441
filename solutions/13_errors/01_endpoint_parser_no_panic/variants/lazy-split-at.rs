// variant: keeps `rfind` and splits the address with `split_at`, which panics like slicing
// expect: rule:clippy::disallowed_methods
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
    let (name, address) = line.split_once('=').ok_or(EndpointError::MissingEquals)?;
    let name = name.trim();
    if name.is_empty() {
        return Err(EndpointError::EmptyName);
    }
    let colon = address.rfind(':').ok_or(EndpointError::MissingPort)?;
    let (host, colon_and_port) = address.split_at(colon);
    let host = host.trim();
    if host.is_empty() {
        return Err(EndpointError::EmptyHost);
    }
    let port = colon_and_port
        .trim_start_matches(':')
        .trim()
        .parse::<u16>()
        .map_err(EndpointError::BadPort)?;
    Ok(Endpoint {
        name: name.to_string(),
        host: host.to_string(),
        port,
    })
}
