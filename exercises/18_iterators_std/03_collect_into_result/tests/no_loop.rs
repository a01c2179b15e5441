// The task is to let the standard library drive the iteration: collecting
// into a `Result` and summing into one stop at the first error by
// themselves. This test reads `src/lib.rs` as Rust (a syntax tree, so
// comments and strings never count) and points at every `for`, `while` and
// `loop` left in it.
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::{Expr, ExprForLoop, ExprLoop, ExprWhile, Macro, Token};

const LIB: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs");

struct Loops<'a> {
    source: &'a str,
    found: Vec<String>,
}

impl Loops<'_> {
    fn report(&mut self, node: &impl Spanned, what: &str) {
        let line = node.span().start().line;
        let text = self
            .source
            .lines()
            .nth(line.saturating_sub(1))
            .unwrap_or("");
        let message = format!("line {line}: a `{what}` loop\n    {}", text.trim());
        if !self.found.contains(&message) {
            self.found.push(message);
        }
    }
}

impl<'ast> Visit<'ast> for Loops<'_> {
    fn visit_expr_for_loop(&mut self, node: &'ast ExprForLoop) {
        self.report(node, "for");
        visit::visit_expr_for_loop(self, node);
    }

    fn visit_expr_while(&mut self, node: &'ast ExprWhile) {
        self.report(node, "while");
        visit::visit_expr_while(self, node);
    }

    fn visit_expr_loop(&mut self, node: &'ast ExprLoop) {
        self.report(node, "loop");
        visit::visit_expr_loop(self, node);
    }

    fn visit_macro(&mut self, node: &'ast Macro) {
        // Macro arguments are tokens to syn; read them as expressions where
        // they are.
        if let Ok(args) = node.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated) {
            for arg in &args {
                self.visit_expr(arg);
            }
        }
        visit::visit_macro(self, node);
    }
}

#[test]
fn no_loop_is_written_by_hand() {
    let source = std::fs::read_to_string(LIB).expect("src/lib.rs is readable");
    let file = syn::parse_file(&source).expect("src/lib.rs parses as Rust");
    let mut loops = Loops {
        source: &source,
        found: Vec::new(),
    };
    loops.visit_file(&file);
    assert!(
        loops.found.is_empty(),
        "src/lib.rs writes its own loop; collect or sum into a `Result` instead:\n{}",
        loops.found.join("\n")
    );
}
