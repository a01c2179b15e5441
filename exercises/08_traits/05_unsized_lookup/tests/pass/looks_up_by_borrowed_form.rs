// Lookups by the borrowed, unsized form of the key: no owned key is built.
// Any borrowed form works, including one that borrows a local (not
// `'static`).
use std::path::{Path, PathBuf};
use traits_05_unsized_lookup::SeenSet;

fn main() {
    let mut ids = SeenSet::new();
    ids.insert(String::from("req-7"));
    assert!(ids.contains("req-7"));
    assert!(!ids.contains("req-8"));

    let mut messages = SeenSet::new();
    messages.insert(b"ping".to_vec());
    let received: &[u8] = b"ping";
    assert!(messages.contains(received));
    assert!(messages.forget(received));
    assert!(messages.is_empty());

    let mut paths = SeenSet::new();
    paths.insert(PathBuf::from("/etc/hosts"));
    assert!(paths.contains(Path::new("/etc/hosts")));
    assert!(ids.forget("req-7"));

    let line = String::from("GET /index GET");
    let mut verbs: SeenSet<&str> = SeenSet::new();
    verbs.insert(&line[..3]);
    let word: &str = &line[11..];
    assert!(verbs.contains(&word));
    assert!(verbs.contains("GET"));
    assert!(verbs.forget(&word));
    assert!(verbs.is_empty());
}
