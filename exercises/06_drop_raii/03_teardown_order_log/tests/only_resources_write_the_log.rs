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

fn is_resources_field(member: &syn::Member) -> bool {
    matches!(member, syn::Member::Named(name) if name == "name" || name == "log")
}

// A `Resource` writes its own name into the log, so renaming one (or
// building one by hand) makes the log lie about which resource closed
// when: only a `Resource`'s own methods touch its name and its log.
#[test]
fn only_a_resource_touches_its_name_and_log() {
    use syn::spanned::Spanned;
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs");
    let source = Source::read(path);
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let judged: Vec<Function<'_>> = source
        .functions()
        .into_iter()
        .filter(|function| !is_resources_own(&source, function))
        .collect();
    let mut touched = Vec::new();
    shape::for_each_expr(&judged, |expr| {
        let (span, what) = match expr {
            syn::Expr::Field(field) if is_resources_field(&field.member) => (
                field.member.span(),
                "a `Resource`'s field reached from outside",
            ),
            syn::Expr::Struct(literal)
                if literal
                    .path
                    .segments
                    .last()
                    .is_some_and(|last| last.ident == "Resource") =>
            {
                (
                    literal.span(),
                    "a `Resource` built outside `Resource::open`",
                )
            }
            _ => return,
        };
        touched.push(Finding {
            line: span.start().line,
            what: what.to_string(),
            text: text
                .lines()
                .nth(span.start().line.saturating_sub(1))
                .unwrap_or("")
                .trim()
                .to_string(),
        });
    });
    assert!(
        touched.is_empty(),
        "src/lib.rs: a `Resource` keeps the name it was opened with, and only \
         its own `open`, `note` and `drop` touch its name and its log; close \
         resources in the right order instead of relabelling them\n{}",
        shape::list(&touched)
    );
}
