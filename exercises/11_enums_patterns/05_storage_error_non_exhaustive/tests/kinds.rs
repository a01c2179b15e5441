use enums_patterns_05_storage_error_non_exhaustive::{StorageErrorKind, describe, retry_delay_ms};

#[test]
fn every_kind_is_described() {
    let cases = [
        (
            StorageErrorKind::NotFound {
                key: "a/b".to_string(),
            },
            "no such key: a/b",
        ),
        (StorageErrorKind::PermissionDenied, "permission denied"),
        (
            StorageErrorKind::Timeout { after_ms: 250 },
            "timed out after 250 ms",
        ),
        (
            StorageErrorKind::Corrupted { offset: 4096 },
            "corrupted data at byte 4096",
        ),
    ];
    for (kind, text) in cases {
        assert_eq!(describe(&kind), text);
    }
}

#[test]
fn only_timeouts_are_retried_with_a_capped_delay() {
    assert_eq!(
        retry_delay_ms(&StorageErrorKind::Timeout { after_ms: 300 }),
        Some(600)
    );
    assert_eq!(
        retry_delay_ms(&StorageErrorKind::Timeout { after_ms: 9_000 }),
        Some(10_000)
    );
    assert_eq!(
        retry_delay_ms(&StorageErrorKind::Timeout { after_ms: u64::MAX }),
        Some(10_000)
    );
    // Doubling past u64's range must not wrap around to a short delay.
    for after_ms in [1 << 63, (1 << 63) + 100, u64::MAX / 2 + 1, u64::MAX - 1] {
        assert_eq!(
            retry_delay_ms(&StorageErrorKind::Timeout { after_ms }),
            Some(10_000),
            "after {after_ms} ms"
        );
    }
    assert_eq!(retry_delay_ms(&StorageErrorKind::PermissionDenied), None);
    assert_eq!(
        retry_delay_ms(&StorageErrorKind::NotFound { key: String::new() }),
        None
    );
    assert_eq!(
        retry_delay_ms(&StorageErrorKind::Corrupted { offset: 0 }),
        None
    );
}
