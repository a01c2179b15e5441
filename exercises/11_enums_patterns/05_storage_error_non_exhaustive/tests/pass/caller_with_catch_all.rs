// A well-behaved caller in another crate: it builds kinds, matches the ones
// it cares about (with their fields) and keeps a catch-all arm.
use enums_patterns_05_storage_error_non_exhaustive::{StorageErrorKind, describe};

fn exit_code(kind: &StorageErrorKind) -> i32 {
    match kind {
        StorageErrorKind::NotFound { key } if key.is_empty() => 1,
        StorageErrorKind::NotFound { .. } => 2,
        StorageErrorKind::Timeout { after_ms: 0..=999 } => 4,
        _ => 9,
    }
}

fn main() {
    let missing = StorageErrorKind::NotFound {
        key: "users/7".to_string(),
    };
    assert_eq!(exit_code(&missing), 2);
    assert_eq!(exit_code(&StorageErrorKind::Timeout { after_ms: 10 }), 4);
    assert_eq!(exit_code(&StorageErrorKind::Corrupted { offset: 3 }), 9);
    assert!(matches!(missing, StorageErrorKind::NotFound { ref key } if key == "users/7"));
    assert_eq!(
        describe(&StorageErrorKind::PermissionDenied),
        "permission denied"
    );
}
