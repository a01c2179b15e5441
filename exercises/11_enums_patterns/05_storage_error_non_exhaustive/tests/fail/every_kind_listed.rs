// A caller in another crate lists every kind and no catch-all arm. Once the
// enum is marked as open to new variants, this must not compile: the caller
// is forced to handle kinds that do not exist yet.
use enums_patterns_05_storage_error_non_exhaustive::StorageErrorKind;

fn exit_code(kind: &StorageErrorKind) -> i32 {
    match kind {
        //~^ ERROR E0004
        StorageErrorKind::NotFound { .. } => 2,
        StorageErrorKind::PermissionDenied => 3,
        StorageErrorKind::Timeout { .. } => 4,
        StorageErrorKind::Corrupted { .. } => 5,
    }
}

fn main() {
    assert_eq!(exit_code(&StorageErrorKind::PermissionDenied), 3);
}
