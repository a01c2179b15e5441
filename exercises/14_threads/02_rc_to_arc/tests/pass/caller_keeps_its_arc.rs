// The caller shares its catalogue through an `Arc` and still owns it after:
// once the workers are done, every clone they held has been dropped.
use std::sync::Arc;
use threads_02_rc_to_arc::{Catalogue, count_in_parallel};

fn main() {
    let catalogue = Arc::new(Catalogue::new(&["Rust in Action", "Rust Atomics"]));
    let counts = count_in_parallel(Arc::clone(&catalogue), &["Rust", "Atomics"]);
    assert_eq!(counts, [2, 1]);
    assert_eq!(
        Arc::strong_count(&catalogue),
        1,
        "the workers' clones are gone"
    );
    assert_eq!(catalogue.count_matching("Action"), 1);
}
