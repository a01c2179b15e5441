// "`run_backup` must hold the backup lock": the log reads the same whether
// a `Resource` wrote its lines or code wrote them into the log by hand, so
// the file is read instead (parsed as Rust: comments and strings never
// count). Only a `Resource`'s own `open`, `note` and `drop` write the log.
use support::shape::{self, Finding, Function, Source};

/// Calls that change a `RefCell` or the `Vec` inside it.
const WRITES: &[&str] = &[
    "borrow_mut",
    "try_borrow_mut",
    "replace",
    "replace_with",
    "swap",
    "get_mut",
    "as_ptr",
    "push",
    "insert",
    "extend",
    "append",
];

fn is_resources_own(source: &Source, function: &Function<'_>) -> bool {
    ["open", "note", "drop"].iter().any(|name| {
        source
            .method("Resource", name)
            .is_some_and(|own| std::ptr::eq(own.block, function.block))
    })
}

#[test]
fn only_a_resource_writes_the_log() {
    let source = Source::read(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs"));
    let judged: Vec<Function<'_>> = source
        .functions()
        .into_iter()
        .filter(|function| !is_resources_own(&source, function))
        .collect();
    let hiding: Vec<Finding> = source
        .hiding(&judged)
        .into_iter()
        .filter(|finding| finding.what != "a type alias `Log`")
        .collect();
    assert!(
        hiding.is_empty(),
        "src/lib.rs hides code from this test; write it out plainly:\n{}",
        shape::list(&hiding)
    );
    let writes: Vec<Finding> = WRITES
        .iter()
        .flat_map(|name| shape::calls(&source, &judged, name))
        .collect();
    assert!(
        writes.is_empty(),
        "src/lib.rs: the log is written only by a `Resource` (`open`, `note` \
         and its `drop`): open the backup lock as a `Resource` instead of \
         writing its lines by hand\n{}",
        shape::list(&writes)
    );
}
