// "Batches of one kind must stay statically dispatched": with the
// signatures kept, `total` and `count_over` could still turn each item into
// a `&dyn Priced` and price it through the vtable, which gives the same
// sums. No behaviour test can tell, so the file is read (parsed as Rust:
// comments and strings are never mistaken for code): neither function,
// nor any function of the file they call, names a trait object (`dyn`).
// The forwarding impls' own `price_cents` methods are read too, so they
// forward without one: a `Box<dyn Priced>` is dispatched dynamically
// because of what it holds, not because of what they write. A type the
// judged code names (a wrapper struct, say) is read too: a field holding a
// `&dyn Priced` prices through the vtable just the same.
use std::collections::HashSet;

use support::shape::{Finding, Function, Source};
use syn::spanned::Spanned;
use syn::visit::Visit;

/// Every name a path in the judged code mentions.
struct Named(HashSet<String>);

impl<'ast> Visit<'ast> for Named {
    fn visit_path_segment(&mut self, segment: &'ast syn::PathSegment) {
        self.0.insert(segment.ident.to_string());
        syn::visit::visit_path_segment(self, segment);
    }
}

/// The fields of the file's structs, enums and unions that the judged code
/// names, wherever they are declared (modules, blocks, `const _` items).
struct NamedTypes<'n> {
    names: &'n HashSet<String>,
    objects: TraitObjects,
}

impl<'ast> Visit<'ast> for NamedTypes<'_> {
    fn visit_item_struct(&mut self, item: &'ast syn::ItemStruct) {
        if self.names.contains(&item.ident.to_string()) {
            self.objects.visit_fields(&item.fields);
        }
        syn::visit::visit_item_struct(self, item);
    }

    fn visit_item_enum(&mut self, item: &'ast syn::ItemEnum) {
        if self.names.contains(&item.ident.to_string()) {
            for variant in &item.variants {
                self.objects.visit_fields(&variant.fields);
            }
        }
        syn::visit::visit_item_enum(self, item);
    }

    fn visit_item_union(&mut self, item: &'ast syn::ItemUnion) {
        if self.names.contains(&item.ident.to_string()) {
            self.objects.visit_fields_named(&item.fields);
        }
        syn::visit::visit_item_union(self, item);
    }
}

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
    let mut named = Named(HashSet::new());
    for function in &judged {
        named.visit_signature(function.sig);
        named.visit_block(function.block);
        if let Some(owner) = function.owner {
            named.visit_type(owner);
        }
    }
    support::shape::for_each_expr(&judged, |expr| named.visit_expr(expr));
    let mut types = NamedTypes {
        names: &named.0,
        objects,
    };
    types.visit_file(source.file());
    let mut objects = types.objects;
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
