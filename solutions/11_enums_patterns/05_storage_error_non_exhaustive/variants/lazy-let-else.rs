// variant: retry_delay_ms tells the timeout apart with let ... else
// expect: tests

/// Marked `#[non_exhaustive]`: other crates must keep a catch-all arm, so
/// adding a variant is not a breaking change. This crate still matches
/// exhaustively.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum StorageErrorKind {
    NotFound { key: String },
    PermissionDenied,
    Timeout { after_ms: u64 },
    Corrupted { offset: u64 },
}

/// A line for the logs. Every kind is listed on purpose.
pub fn describe(kind: &StorageErrorKind) -> String {
    match kind {
        StorageErrorKind::NotFound { key } => format!("no such key: {key}"),
        StorageErrorKind::PermissionDenied => "permission denied".to_string(),
        StorageErrorKind::Timeout { after_ms } => format!("timed out after {after_ms} ms"),
        StorageErrorKind::Corrupted { offset } => format!("corrupted data at byte {offset}"),
    }
}

/// How long to wait before trying again, or `None` if retrying is pointless.
/// A timeout waits twice as long as the operation took, at most 10 seconds.
pub fn retry_delay_ms(kind: &StorageErrorKind) -> Option<u64> {
    let StorageErrorKind::Timeout { after_ms } = kind else {
        return None;
    };
    Some(after_ms.saturating_mul(2).min(10_000))
}
