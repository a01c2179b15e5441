// "This crate's own matches stay exhaustive": a kind told apart with
// `if let`, `let ... else` or `matches!` has a catch-all in disguise (the
// `else`, or the `false`), so a new kind would compile here unnoticed. No
// test can add a kind, so the file is read: parsed as Rust, every function
// of it, with macros that could hide such a test refused.
use support::shape::{Source, for_each_expr};
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
