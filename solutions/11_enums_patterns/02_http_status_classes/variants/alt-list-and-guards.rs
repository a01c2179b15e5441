// variant: a list of codes for retries, an exclusive range and a guard instead of patterns

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
        code @ 200..300 => Some(StatusClass::Success(code)),
        code @ 300..=399 => Some(StatusClass::Redirection(code)),
        code @ 400..=499 => Some(StatusClass::ClientError(code)),
        code @ 500..=599 => Some(StatusClass::ServerError(code)),
        _ => None,
    }
}

/// Whether a request that got `code` should be sent again.
pub fn should_retry(code: u16) -> bool {
    [429, 502, 503, 504].contains(&code)
}

/// A short description for the logs.
pub fn describe(code: u16) -> String {
    match classify(code) {
        Some(StatusClass::Informational(_)) => "informational".to_string(),
        Some(StatusClass::Success(204)) => "success, no content".to_string(),
        Some(StatusClass::Success(_)) => "success".to_string(),
        Some(StatusClass::Redirection(c)) if c == 301 || c == 308 => {
            "moved permanently".to_string()
        }
        Some(StatusClass::Redirection(_)) => "redirect".to_string(),
        // A pattern rather than a guard: the compiler can see through it.
        Some(StatusClass::ClientError(401 | 403)) => "not allowed".to_string(),
        Some(StatusClass::ClientError(_)) => "client error".to_string(),
        Some(StatusClass::ServerError(_)) => "server error".to_string(),
        None => format!("invalid status {code}"),
    }
}
