// "Batches of one kind must stay statically dispatched": with the
// signatures kept, `total` and `count_over` could still turn each item into
// a `&dyn Priced` and price it through the vtable, which gives the same
// sums. No behaviour test can tell, so the file is read (parsed as Rust:
// comments and strings are never mistaken for code): neither function,
// nor any function of the file they call, names a trait object (`dyn`).
// The forwarding impls' own `price_cents` methods are read too, so they
// forward without one: a `Box<dyn Priced>` is dispatched dynamically
// because of what it holds, not because of what they write.
use support::shape::{Finding, Function, Source};
use syn::spanned::Spanned;
use syn::visit::Visit;

struct TraitObjects {
    lines: Vec<usize>,
}

impl<'ast> Visit<'ast> for TraitObjects {
    fn visit_type_trait_object(&mut self, object: &'ast syn::TypeTraitObject) {
        self.lines.push(object.span().start().line);
        syn::visit::visit_type_trait_object(self, object);
    }
}

fn free_function<'a>(source: &'a Source, name: &str) -> Function<'a> {
    source
        .functions()
        .into_iter()
        .find(|function| function.owner.is_none() && function.name() == name)
        .unwrap_or_else(|| panic!("src/lib.rs has no free function `{name}`"))
}

#[test]
fn total_and_count_over_name_no_trait_object() {
    let source = Source::read(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs"));
    let judged = source.with_helpers(&[
        free_function(&source, "total"),
        free_function(&source, "count_over"),
    ]);
    // Macro calls in the judged functions, type aliases and renamed imports
    // would hide a trait object from this reading. A `macro_rules!` that
    // writes the forwarding impls is another matter: what it writes is
    // never one of the judged functions.
    let hiding: Vec<Finding> = source
        .hiding(&judged)
        .into_iter()
        .filter(|finding| !finding.what.starts_with("a macro definition"))
        .collect();
    assert!(
        hiding.is_empty(),
        "src/lib.rs hides code from this test; write it out plainly:\n{}",
        support::shape::list(&hiding)
    );
    let mut objects = TraitObjects { lines: Vec::new() };
    for function in &judged {
        objects.visit_signature(function.sig);
        objects.visit_block(function.block);
    }
    // Inside `format!`, `vec!` and the like, too.
    support::shape::for_each_expr(&judged, |expr| objects.visit_expr(expr));
    objects.lines.sort_unstable();
    objects.lines.dedup();
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs"))
        .expect("src/lib.rs is readable");
    let found: Vec<Finding> = objects
        .lines
        .iter()
        .map(|&line| Finding {
            line,
            what: String::from("a trait object where one kind of item is priced"),
            text: text.lines().nth(line - 1).unwrap_or("").trim().to_string(),
        })
        .collect();
    assert!(
        found.is_empty(),
        "src/lib.rs: `total` and `count_over` must price a batch of one kind \
         without a vtable:\n{}",
        support::shape::list(&found)
    );
}
