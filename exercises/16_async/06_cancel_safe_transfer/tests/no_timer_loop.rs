// "No loop of your own that checks the clock or polls again and again",
// judged on the syntax tree of `src/lib.rs`, never on its text: a loop may
// appear anywhere, but none may wait inside (an `.await`, a `select!` or
// `join!`, or a hand-made `poll`). Waiting in a loop is what a timer loop
// is; tokio's timers already do it.
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::visit::{self, Visit};

const LIB: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs");

/// The places inside a loop where the code waits.
#[derive(Default)]
struct WaitsInLoops {
    loops: usize,
    found: Vec<String>,
}

impl WaitsInLoops {
    fn note(&mut self, what: &str, span: Span) {
        if self.loops > 0 {
            let at = span.start();
            self.found.push(format!(
                "{what} inside a loop at line {}, column {}",
                at.line,
                at.column + 1
            ));
        }
    }
}

impl<'ast> Visit<'ast> for WaitsInLoops {
    fn visit_expr_loop(&mut self, node: &'ast syn::ExprLoop) {
        self.loops += 1;
        visit::visit_expr_loop(self, node);
        self.loops -= 1;
    }

    fn visit_expr_while(&mut self, node: &'ast syn::ExprWhile) {
        self.loops += 1;
        visit::visit_expr_while(self, node);
        self.loops -= 1;
    }

    fn visit_expr_for_loop(&mut self, node: &'ast syn::ExprForLoop) {
        self.loops += 1;
        visit::visit_expr_for_loop(self, node);
        self.loops -= 1;
    }

    fn visit_expr_await(&mut self, node: &'ast syn::ExprAwait) {
        self.note("`.await`", node.await_token.span());
        visit::visit_expr_await(self, node);
    }

    fn visit_macro(&mut self, node: &'ast syn::Macro) {
        if let Some(last) = node.path.segments.last()
            && ["select", "join", "try_join"].contains(&last.ident.to_string().as_str())
        {
            self.note(&format!("`{}!`", last.ident), last.ident.span());
        }
        visit::visit_macro(self, node);
    }

    fn visit_expr_method_call(&mut self, node: &'ast syn::ExprMethodCall) {
        if node.method == "poll" {
            self.note("a call of `poll`", node.method.span());
        }
        visit::visit_expr_method_call(self, node);
    }

    fn visit_expr_call(&mut self, node: &'ast syn::ExprCall) {
        if let syn::Expr::Path(path) = &*node.func
            && path
                .path
                .segments
                .last()
                .is_some_and(|last| last.ident == "poll")
        {
            self.note("a call of `poll`", node.func.span());
        }
        visit::visit_expr_call(self, node);
    }
}

#[test]
fn nothing_waits_in_a_loop_of_its_own() {
    let source = std::fs::read_to_string(LIB).expect("src/lib.rs is readable");
    let file = syn::parse_file(&source).expect("src/lib.rs parses, since it compiled");
    let mut waits = WaitsInLoops::default();
    waits.visit_file(&file);
    assert!(
        waits.found.is_empty(),
        "src/lib.rs waits in a loop of its own, a hand-made timer: {}. \
         Let tokio's time utilities do the waiting.",
        waits.found.join("; ")
    );
}
