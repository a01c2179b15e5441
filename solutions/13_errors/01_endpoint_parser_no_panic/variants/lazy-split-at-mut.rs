// variant: cuts the line with split_at_mut
// expect: rule:clippy::disallowed_methods
//! # From panics to `Result`: an endpoint parser
//!
//! A service reads its upstream endpoints from lines such as
//! `billing = 10.0.0.7:8443`: a name, `=`, a host, `:` and a port. The host
//! may itself contain colons (`[::1]:443`), so the port follows the last one.
//! Whitespace around each part (spaces, tabs, any Unicode space) is ignored.
//!
//! The function already promises a `Result`, but its body was written for
//! input that is always right: one bad line in the file and the whole service
//! panics at start-up. The tests feed it bad lines.
//!
//! Task: return the matching `EndpointError` for each bad line, in the order
//! the checks appear (a line with no `=` is `MissingEquals`, whatever else is
//! wrong with it), and never panic. The checker holds your code to that:
//! no `unwrap`, `expect`, `panic!`, `assert!` (nor `assert_eq!` and kin),
//! `unreachable!`, `todo!` or `unimplemented!`, and no indexing or slicing,
//! neither with `[]` nor through `Index::index` or `split_at` (they panic out
//! of range, or inside a multi-byte character).
//! Keep the signature.
//!
//! Run `cargo run -p checker watch` and save to check your work.

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
    // rfind gives a char boundary inside the text: this split cannot panic.
    let mut owned = address.to_string();
    let (host, port) = owned.as_mut_str().split_at_mut(colon);
    let host = host.trim();
    if host.is_empty() {
        return Err(EndpointError::EmptyHost);
    }
    let port = port.trim_start_matches(':').trim();
    let port = port.parse::<u16>().map_err(EndpointError::BadPort)?;
    Ok(Endpoint {
        name: name.to_string(),
        host: host.to_string(),
        port,
    })
}
