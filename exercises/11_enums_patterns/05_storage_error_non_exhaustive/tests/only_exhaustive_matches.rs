// "This crate's own matches stay exhaustive": a kind told apart with
// `if let`, `let ... else` or `matches!` has a catch-all in disguise (the
// `else`, or the `false`), so a new kind would compile here unnoticed. No
// test can add a kind, so the file is read: parsed as Rust, every function
// of it, with macros that could hide such a test refused.
use support::shape::{Source, calls, for_each_expr};
use syn::spanned::Spanned;
use syn::visit::Visit;

/// The lines of every `let ... else` in the file.
struct LetElse(Vec<usize>);

impl<'ast> Visit<'ast> for LetElse {
    fn visit_local(&mut self, local: &'ast syn::Local) {
        if local
            .init
            .as_ref()
            .is_some_and(|init| init.diverge.is_some())
        {
            self.0.push(local.span().start().line);
        }
        syn::visit::visit_local(self, local);
    }
}

const KINDS: [&str; 5] = [
    "StorageErrorKind",
    "NotFound",
    "PermissionDenied",
    "Timeout",
    "Corrupted",
];

fn names_a_kind(path: &syn::Path) -> bool {
    path.segments
        .iter()
        .any(|segment| KINDS.iter().any(|kind| segment.ident == kind))
}

/// Whether a pattern names a kind anywhere.
struct NamesAKind(bool);

impl<'ast> Visit<'ast> for NamesAKind {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        self.0 |= names_a_kind(path);
        syn::visit::visit_path(self, path);
    }
}

fn mentions_a_kind_pat(pat: &syn::Pat) -> bool {
    let mut names = NamesAKind(false);
    names.visit_pat(pat);
    names.0
}

fn mentions_a_kind_expr(expr: &syn::Expr) -> bool {
    let mut names = NamesAKind(false);
    names.visit_expr(expr);
    names.0
}

/// Whether `pat` matches values it does not name: a `_`, `..` or a
/// binding where the kind (or something holding it) sits, however deep in
/// tuples, slices, references or or-patterns (`(_, ())`, `NotFound { .. } | _`,
/// `Some(_)`). Inside a kind's own pattern (`Timeout { after_ms: _ }`) the
/// kind is already named.
fn catches_all(pat: &syn::Pat) -> bool {
    use syn::Pat;
    match pat {
        Pat::Wild(_) | Pat::Rest(_) => true,
        Pat::Ident(ident) => match &ident.subpat {
            Some((_, sub)) => catches_all(sub),
            None => !ident.ident.to_string().starts_with(char::is_uppercase),
        },
        Pat::Or(or) => or.cases.iter().any(catches_all),
        Pat::Tuple(tuple) => tuple.elems.iter().any(catches_all),
        Pat::Slice(slice) => slice.elems.iter().any(catches_all),
        Pat::Reference(reference) => catches_all(&reference.pat),
        Pat::Paren(paren) => catches_all(&paren.pat),
        Pat::TupleStruct(tuple) if !names_a_kind(&tuple.path) => {
            tuple.elems.iter().any(catches_all)
        }
        Pat::Struct(strukt) if !names_a_kind(&strukt.path) => {
            strukt.rest.is_some() || strukt.fields.iter().any(|field| catches_all(&field.pat))
        }
        _ => false,
    }
}

/// Lines where kinds are told apart other than by a match naming each one.
fn disguised_catch_alls(expr: &syn::Expr, lines: &mut Vec<usize>) {
    match expr {
        syn::Expr::Match(found) if found.arms.iter().any(|arm| mentions_a_kind_pat(&arm.pat)) => {
            for arm in &found.arms {
                if catches_all(&arm.pat) {
                    lines.push(arm.pat.span().start().line);
                }
            }
        }
        syn::Expr::Binary(binary)
            if matches!(binary.op, syn::BinOp::Eq(_) | syn::BinOp::Ne(_))
                && (mentions_a_kind_expr(&binary.left) || mentions_a_kind_expr(&binary.right)) =>
        {
            lines.push(binary.span().start().line);
        }
        syn::Expr::MethodCall(call)
            if (call.method == "eq" || call.method == "ne")
                && call.args.iter().any(mentions_a_kind_expr) =>
        {
            lines.push(call.span().start().line);
        }
        _ => {}
    }
}

struct Disguised(Vec<usize>);

impl<'ast> Visit<'ast> for Disguised {
    fn visit_expr(&mut self, expr: &'ast syn::Expr) {
        disguised_catch_alls(expr, &mut self.0);
        syn::visit::visit_expr(self, expr);
    }
}

#[test]
fn no_arm_and_no_comparison_catches_the_kinds_it_does_not_name() {
    let source = Source::read(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs"));
    let functions = source.functions();
    source.assert_nothing_hidden(&functions);
    let mut disguised = Disguised(Vec::new());
    disguised.visit_file(source.file());
    for_each_expr(&functions, |expr| {
        disguised_catch_alls(expr, &mut disguised.0)
    });
    let mut lines = disguised.0;
    lines.sort_unstable();
    lines.dedup();
    assert!(
        lines.is_empty(),
        "src/lib.rs has a catch-all on line(s) {lines:?}: a `_`, `..` or binding \
         where a kind could be (inside a tuple or an or-pattern too), or a kind \
         compared with `==`: each would take in a new kind unnoticed; name \
         every kind in a `match` instead"
    );
    let discriminants = calls(&source, &functions, "discriminant");
    assert!(
        discriminants.is_empty(),
        "src/lib.rs compares kinds by `mem::discriminant`: {}; a new kind would \
         compare unequal and slip through; name every kind in a `match` instead",
        support::shape::list(&discriminants)
    );
}

#[test]
fn kinds_are_told_apart_only_by_matches() {
    let source = Source::read(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs"));
    let functions = source.functions();
    // Refuses `matches!` among the rest: a macro hides what it expands to.
    source.assert_nothing_hidden(&functions);
    let mut lines = Vec::new();
    for_each_expr(&functions, |expr| {
        if let syn::Expr::Let(test) = expr {
            lines.push(test.span().start().line);
        }
    });
    let mut let_else = LetElse(Vec::new());
    let_else.visit_file(source.file());
    lines.extend(let_else.0);
    lines.sort_unstable();
    assert!(
        lines.is_empty(),
        "src/lib.rs tests a value with `if let`, `while let` or `let ... else` \
         on line(s) {lines:?}: their `else` is a catch-all in disguise; inside \
         this crate, tell kinds apart with a `match` that names every variant"
    );
}
