// variant: attribute before the derive, variants in another order, the lint denied in the file itself
#![deny(clippy::wildcard_enum_match_arm)]

// Not `__Unknown` nor any other placeholder: the attribute does the job.
/// Other crates must match with a `_ =>` arm; this one never does.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageErrorKind {
    PermissionDenied,
    NotFound { key: String },
    Corrupted { offset: u64 },
    Timeout { after_ms: u64 },
}

/// A line for the logs. Every kind is listed on purpose.
pub fn describe(kind: &StorageErrorKind) -> String {
    use StorageErrorKind::*;
    match kind {
        PermissionDenied => String::from("permission denied"),
        NotFound { key } => format!("no such key: {key}"),
        Corrupted { offset } => format!("corrupted data at byte {offset}"),
        Timeout { after_ms } => format!("timed out after {after_ms} ms"),
    }
}

/// How long to wait before trying again, or `None` if retrying is pointless.
/// A timeout waits twice as long as the operation took, at most 10 seconds.
pub fn retry_delay_ms(kind: &StorageErrorKind) -> Option<u64> {
    match *kind {
        StorageErrorKind::Timeout { after_ms } => {
            Some(u64::min(after_ms.saturating_mul(2), 10_000))
        }
        StorageErrorKind::PermissionDenied
        | StorageErrorKind::NotFound { .. }
        | StorageErrorKind::Corrupted { .. } => None,
    }
}
