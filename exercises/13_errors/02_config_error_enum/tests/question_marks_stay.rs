// "Every `?` stays as it is, with nothing in front of it": a conversion
// written at the call site (a `match` on the `Result`, `map_or_else`, a
// `let` before a later `?`) would pass every behaviour test as long as the
// `From` impls exist too, so the file is read: parsed as Rust, with macros
// that could hide code refused. Every call that can fail with an
// `io::Error` or a `ParseIntError` must sit right under a `?`.
use std::collections::HashSet;

use support::shape::Source;
use syn::spanned::Spanned;
use syn::visit::Visit;

/// Calls whose error the `?` after them converts.
const FALLIBLE: [&str; 3] = ["read_to_string", "parse", "from_str"];

fn position(span: proc_macro2::Span) -> (usize, usize) {
    (span.start().line, span.start().column)
}

fn fallible_call(expr: &syn::Expr) -> Option<(String, (usize, usize))> {
    let name = match expr {
        syn::Expr::MethodCall(call) => call.method.to_string(),
        syn::Expr::Call(call) => match &*call.func {
            syn::Expr::Path(path) => path.path.segments.last()?.ident.to_string(),
            _ => return None,
        },
        _ => return None,
    };
    FALLIBLE
        .contains(&name.as_str())
        .then(|| (name, position(expr.span())))
}

#[derive(Default)]
struct Calls {
    /// Where the calls right under a `?` start.
    tried: HashSet<(usize, usize)>,
    /// Every fallible call: its name and where it starts.
    all: Vec<(String, (usize, usize))>,
}

impl<'ast> Visit<'ast> for Calls {
    fn visit_expr(&mut self, expr: &'ast syn::Expr) {
        if let syn::Expr::Try(tried) = expr {
            let mut inner = &*tried.expr;
            while let syn::Expr::Paren(paren) = inner {
                inner = &paren.expr;
            }
            if let Some((_, at)) = fallible_call(inner) {
                self.tried.insert(at);
            }
        }
        if let Some(call) = fallible_call(expr) {
            self.all.push(call);
        }
        syn::visit::visit_expr(self, expr);
    }
}

#[test]
fn every_fallible_call_is_converted_by_its_question_mark() {
    let source = Source::read(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs"));
    source.assert_nothing_hidden(&source.functions());
    let mut calls = Calls::default();
    calls.visit_file(source.file());
    let bare: Vec<String> = calls
        .all
        .iter()
        .filter(|(_, at)| !calls.tried.contains(at))
        .map(|(name, (line, column))| format!("`{name}` on line {line}, column {column}"))
        .collect();
    assert!(
        bare.is_empty(),
        "src/lib.rs converts an error at the call site instead of leaving it to \
         `?`: {}; write `call()?` and let the `From` impl on `ConfigError` convert",
        bare.join(", ")
    );
    for name in ["read_to_string", "parse"] {
        assert!(
            calls.all.iter().any(|(found, _)| found == name),
            "src/lib.rs no longer calls `{name}` with a `?` after it: keep every `?` as it is"
        );
    }
}
