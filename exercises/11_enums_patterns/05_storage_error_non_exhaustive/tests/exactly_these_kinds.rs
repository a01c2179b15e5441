// "Keep exactly these variants (no hidden placeholder variant)": a hidden
// `__Unknown` variant also forces other crates to write a catch-all arm, so
// the must-fail case cannot tell it from `#[non_exhaustive]`, and no caller
// outside the crate can list the variants to count them. The file is read
// instead: parsed as Rust (comments and strings are never mistaken for
// code), its `enum StorageErrorKind` must have exactly the four kinds.
use syn::visit::Visit;

#[derive(Default)]
struct KindEnums {
    /// The variant names of each `enum StorageErrorKind` found.
    found: Vec<Vec<String>>,
}

impl<'ast> Visit<'ast> for KindEnums {
    fn visit_item_enum(&mut self, item: &'ast syn::ItemEnum) {
        if item.ident == "StorageErrorKind" {
            let mut names: Vec<String> = item
                .variants
                .iter()
                .map(|variant| variant.ident.to_string())
                .collect();
            names.sort();
            self.found.push(names);
        }
        syn::visit::visit_item_enum(self, item);
    }
}

#[test]
fn the_enum_has_exactly_the_four_kinds() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs");
    let source = std::fs::read_to_string(path).expect("src/lib.rs is readable");
    let file = syn::parse_file(&source).expect("src/lib.rs parses as Rust");
    let mut kinds = KindEnums::default();
    kinds.visit_file(&file);
    assert_eq!(
        kinds.found,
        [["Corrupted", "NotFound", "PermissionDenied", "Timeout"]],
        "src/lib.rs must declare `enum StorageErrorKind` once, with exactly \
         these variants and no placeholder"
    );
}
