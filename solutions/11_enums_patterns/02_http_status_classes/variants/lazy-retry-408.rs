// variant: also retries 408 request timeout
// expect: tests
//! # HTTP status classes with ranges and `@` bindings
//!
//! An HTTP client sorts the status codes it receives into classes, decides
//! whether to retry a request, and writes a short description for its logs.
//! The classes are fixed by the standard: 100-199 informational, 200-299
//! success, 300-399 redirection, 400-499 client error, 500-599 server error.
//! Anything outside 100-599 is not a status code at all.
//!
//! The code compiles, but the tests find three bugs:
//! - one class loses a code at its edge;
//! - a request is retried on 429 (too many requests), 502, 503 and 504 and on
//!   nothing else, yet `should_retry` says otherwise;
//! - both 301 and 308 are permanent redirects.
//!
//! Fix them and keep the public API. Patterns can say each fix: ranges, `@`
//! bindings, `|` alternatives, guards and `matches!`.
//!
//! Run `cargo run -p checker watch` and save to check your work.

/// A status code, sorted into its class. Each variant keeps the exact code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusClass {
    Informational(u16),
    Success(u16),
    Redirection(u16),
    ClientError(u16),
    ServerError(u16),
}

/// The class of `code`, or `None` when it is not an HTTP status code.
pub fn classify(code: u16) -> Option<StatusClass> {
    match code {
        code @ 100..=199 => Some(StatusClass::Informational(code)),
        code @ 200..=299 => Some(StatusClass::Success(code)),
        code @ 300..=399 => Some(StatusClass::Redirection(code)),
        code @ 400..=499 => Some(StatusClass::ClientError(code)),
        code @ 500..=599 => Some(StatusClass::ServerError(code)),
        _ => None,
    }
}

/// Whether a request that got `code` should be sent again.
pub fn should_retry(code: u16) -> bool {
    // timeouts and throttling from the client side, gateway trouble from the server
    matches!(
        classify(code),
        Some(StatusClass::ClientError(408 | 429) | StatusClass::ServerError(502..=504))
    )
}

/// A short description for the logs.
pub fn describe(code: u16) -> String {
    match classify(code) {
        Some(StatusClass::Informational(_)) => "informational".to_string(),
        Some(StatusClass::Success(204)) => "success, no content".to_string(),
        Some(StatusClass::Success(_)) => "success".to_string(),
        Some(StatusClass::Redirection(301 | 308)) => "moved permanently".to_string(),
        Some(StatusClass::Redirection(_)) => "redirect".to_string(),
        Some(StatusClass::ClientError(401 | 403)) => "not allowed".to_string(),
        Some(StatusClass::ClientError(_)) => "client error".to_string(),
        Some(StatusClass::ServerError(_)) => "server error".to_string(),
        None => format!("invalid status {code}"),
    }
}
