// "A goldfish keeps the default noise": writing `noise` again for the
// goldfish, even with the same text, returns the same string, so no
// behaviour test can tell. The file is read instead (parsed as Rust:
// comments and strings are never mistaken for code): the dog is the only
// type whose impl writes its own `noise`, and nothing hides an impl from
// this reading (no macro definitions, type aliases or renamed imports).
// A generic impl whose type parameter happens to be called `Dog` covers
// other types too, so a parameter's name is never taken for the dog.
use std::collections::HashSet;

use support::shape::{Finding, Source};
use syn::visit::{self, Visit};

/// The names of every generic type parameter declared in the file.
#[derive(Default)]
struct TypeParameters(HashSet<String>);

impl<'ast> Visit<'ast> for TypeParameters {
    fn visit_type_param(&mut self, param: &'ast syn::TypeParam) {
        self.0.insert(param.ident.to_string());
        visit::visit_type_param(self, param);
    }
}

fn type_name(ty: &syn::Type, parameters: &HashSet<String>) -> String {
    match ty {
        syn::Type::Path(path) => {
            let name = path
                .path
                .segments
                .last()
                .map(|segment| segment.ident.to_string())
                .unwrap_or_default();
            if path.qself.is_none() && path.path.segments.len() == 1 && parameters.contains(&name) {
                format!("every type of a generic parameter named `{name}`")
            } else {
                name
            }
        }
        // `&Goldfish`, a tuple...: never the dog.
        _ => String::from("a type that is not `Dog`"),
    }
}

#[test]
fn only_the_dog_writes_its_own_noise() {
    let source = Source::read(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs"));
    let functions = source.functions();
    source.assert_nothing_hidden(&functions);
    let mut parameters = TypeParameters::default();
    parameters.visit_file(source.file());
    let written: Vec<Finding> = functions
        .iter()
        .filter(|function| function.name() == "noise")
        .filter_map(|function| {
            function
                .owner
                .map(|owner| (function, type_name(owner, &parameters.0)))
        })
        .filter(|(_, owner)| owner != "Dog")
        .map(|(function, owner)| Finding {
            line: function.sig.ident.span().start().line,
            what: format!("`noise` written for {owner}"),
            text: String::from("fn noise"),
        })
        .collect();
    assert!(
        written.is_empty(),
        "src/lib.rs: only the dog writes its own `noise`; \
         the goldfish must keep the trait's default:\n{}",
        support::shape::list(&written)
    );
}
