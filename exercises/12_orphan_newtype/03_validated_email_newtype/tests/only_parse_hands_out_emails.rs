// "The only way to get an `Email` is a successful `parse`", and "no `&mut`
// access to the text": a public
// function or constant that hands out an `Email` by another road (a
// `new_unchecked`, say), a method handing out a `&mut` (a `text_mut`) or a
// trait impl that changes one in place (`Extend<&str>`, `AddAssign<&str>`)
// has a name no test can guess, so the file is read
// instead: parsed as Rust, with type aliases, renamed imports and macro
// definitions refused (they could hide the type). Conversions through the
// standard traits are probed by the cases in `tests/fail/` and by the
// conversion tests.
use std::collections::HashSet;

use support::shape::Source;
use syn::spanned::Spanned;
use syn::visit::Visit;

/// Whether a type names `Email` or `Self` anywhere in it (`Option<Email>`,
/// `Result<Self, EmailError>`, `Box<Self>`).
fn names_email(ty: &syn::Type) -> bool {
    struct Names(bool);
    impl<'ast> Visit<'ast> for Names {
        fn visit_ident(&mut self, ident: &'ast proc_macro2::Ident) {
            if ident == "Email" || ident == "Self" {
                self.0 = true;
            }
        }
    }
    let mut names = Names(false);
    names.visit_type(ty);
    names.0
}

fn returns_email(sig: &syn::Signature) -> bool {
    match &sig.output {
        syn::ReturnType::Default => false,
        syn::ReturnType::Type(_, ty) => names_email(ty),
    }
}

/// Whether a signature hands out a `&mut` borrow (`-> &mut String`,
/// `-> Option<&mut str>`): on an `Email`, that is the text to rewrite.
fn returns_mut_borrow(sig: &syn::Signature) -> bool {
    struct MutBorrow(bool);
    impl<'ast> Visit<'ast> for MutBorrow {
        fn visit_type_reference(&mut self, reference: &'ast syn::TypeReference) {
            self.0 |= reference.mutability.is_some();
            syn::visit::visit_type_reference(self, reference);
        }
    }
    let mut found = MutBorrow(false);
    if let syn::ReturnType::Type(_, ty) = &sig.output {
        found.visit_type(ty);
    }
    found.0
}

/// Whether a method takes `&mut self` (or `self: &mut Self`).
fn takes_mut_self(sig: &syn::Signature) -> bool {
    sig.inputs.iter().any(|input| match input {
        syn::FnArg::Receiver(receiver) => match &receiver.kind {
            syn::ReceiverKind::Reference(_, _, mutability) => mutability.is_some(),
            syn::ReceiverKind::Typed(_, ty) => {
                matches!(&**ty, syn::Type::Reference(r) if r.mutability.is_some())
            }
            _ => false,
        },
        syn::FnArg::Typed(_) => false,
    })
}

fn is_public(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

/// Whether `ty` is `Email` itself.
fn is_email(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(path) if path.path.is_ident("Email"))
}

struct Roads {
    /// Traits declared in the file: implementing one for `Email` is one more
    /// public road.
    own_traits: HashSet<String>,
    found: Vec<String>,
}

impl Roads {
    fn flag(&mut self, span: proc_macro2::Span, what: String) {
        self.found
            .push(format!("line {}: {what}", span.start().line));
    }
}

impl<'ast> Visit<'ast> for Roads {
    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        if is_public(&item.vis) && returns_email(&item.sig) {
            self.flag(item.sig.span(), format!("`pub fn {}`", item.sig.ident));
        }
        if is_public(&item.vis) && returns_mut_borrow(&item.sig) {
            self.flag(
                item.sig.span(),
                format!("`pub fn {}` hands out a `&mut`", item.sig.ident),
            );
        }
        syn::visit::visit_item_fn(self, item);
    }

    fn visit_item_const(&mut self, item: &'ast syn::ItemConst) {
        if is_public(&item.vis) && names_email(&item.ty) {
            self.flag(item.span(), format!("`pub const {}`", item.ident));
        }
        syn::visit::visit_item_const(self, item);
    }

    fn visit_item_static(&mut self, item: &'ast syn::ItemStatic) {
        if is_public(&item.vis) && names_email(&item.ty) {
            self.flag(item.span(), format!("`pub static {}`", item.ident));
        }
        syn::visit::visit_item_static(self, item);
    }

    fn visit_item_impl(&mut self, block: &'ast syn::ItemImpl) {
        let own_trait = block.trait_.as_ref().and_then(|(path, _)| {
            let name = path.segments.last()?.ident.to_string();
            self.own_traits.contains(&name).then_some(name)
        });
        if is_email(&block.self_ty) {
            for item in &block.items {
                let syn::ImplItem::Fn(method) = item else {
                    continue;
                };
                let reachable = block.trait_.is_some() || is_public(&method.vis);
                if reachable && returns_mut_borrow(&method.sig) {
                    self.flag(
                        method.sig.span(),
                        format!("`fn {}` hands out a `&mut`", method.sig.ident),
                    );
                } else if block.trait_.is_some() && takes_mut_self(&method.sig) {
                    self.flag(
                        method.sig.span(),
                        format!(
                            "`fn {}` of a trait changes an `Email` in place",
                            method.sig.ident
                        ),
                    );
                }
            }
        }
        if is_email(&block.self_ty) && (block.trait_.is_none() || own_trait.is_some()) {
            for item in &block.items {
                match item {
                    syn::ImplItem::Fn(method)
                        if (own_trait.is_some() || is_public(&method.vis))
                            && method.sig.ident != "parse"
                            && returns_email(&method.sig) =>
                    {
                        self.flag(method.sig.span(), format!("`fn {}`", method.sig.ident));
                    }
                    syn::ImplItem::Const(constant)
                        if (own_trait.is_some() || is_public(&constant.vis))
                            && names_email(&constant.ty) =>
                    {
                        self.flag(constant.span(), format!("`const {}`", constant.ident));
                    }
                    _ => {}
                }
            }
        }
        syn::visit::visit_item_impl(self, block);
    }
}

#[test]
fn parse_is_the_only_public_road_to_an_email() {
    let source = Source::read(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs"));
    source.assert_nothing_hidden(&[]);
    struct Traits(HashSet<String>);
    impl<'ast> Visit<'ast> for Traits {
        fn visit_item_trait(&mut self, item: &'ast syn::ItemTrait) {
            self.0.insert(item.ident.to_string());
            syn::visit::visit_item_trait(self, item);
        }
    }
    let mut traits = Traits(HashSet::new());
    traits.visit_file(source.file());
    let mut roads = Roads {
        own_traits: traits.0,
        found: Vec::new(),
    };
    roads.visit_file(source.file());
    assert!(
        roads.found.is_empty(),
        "src/lib.rs hands out an `Email` other than through `parse` (and the \
         checked `TryFrom`/`FromStr` conversions), or lets callers change one:\n{}",
        roads.found.join("\n")
    );
}
