// "A goldfish keeps the default noise": writing `noise` again in the
// goldfish's `Animal` impl, even with the same text, returns the same
// string, so no behaviour test can tell. The impl is read instead: the file
// is parsed as Rust (comments and strings are never mistaken for code) and
// the goldfish's `impl Animal` must leave `noise` to the trait.
use syn::visit::Visit;

struct GoldfishNoise {
    /// Lines where the goldfish's `Animal` impl writes its own `noise`.
    overrides: Vec<usize>,
}

fn last_segment_is(path: &syn::Path, name: &str) -> bool {
    path.segments
        .last()
        .is_some_and(|segment| segment.ident == name)
}

impl<'ast> Visit<'ast> for GoldfishNoise {
    fn visit_item_impl(&mut self, item: &'ast syn::ItemImpl) {
        let for_animal = item
            .trait_
            .as_ref()
            .is_some_and(|(path, _)| last_segment_is(path, "Animal"));
        let for_goldfish =
            matches!(&*item.self_ty, syn::Type::Path(ty) if last_segment_is(&ty.path, "Goldfish"));
        if for_animal && for_goldfish {
            for impl_item in &item.items {
                if let syn::ImplItem::Fn(method) = impl_item
                    && method.sig.ident == "noise"
                {
                    self.overrides.push(method.sig.ident.span().start().line);
                }
            }
        }
        syn::visit::visit_item_impl(self, item);
    }
}

#[test]
fn the_goldfish_leaves_noise_to_the_trait_default() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs");
    let source = std::fs::read_to_string(path).expect("src/lib.rs is readable");
    let file = syn::parse_file(&source).expect("src/lib.rs parses as Rust");
    let mut finder = GoldfishNoise {
        overrides: Vec::new(),
    };
    finder.visit_file(&file);
    let lines: Vec<String> = finder.overrides.iter().map(ToString::to_string).collect();
    assert!(
        lines.is_empty(),
        "src/lib.rs line {}: the goldfish writes its own `noise`; \
         it must keep the trait's default",
        lines.join(", ")
    );
}
