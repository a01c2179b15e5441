// The strict functions must let `collect` and `sum` do the work: an iterator
// of `Result`s gathered into one `Result` stops at the first error by
// itself. A hand-written loop (or a fold, or `for_each`) gives the same
// answers, so no behaviour test can tell; the code itself is read instead,
// parsed as Rust, so that comments and strings do not count. A loop in a
// helper that a strict function uses counts as the strict function's own.
// `parse_lenient` may loop as it likes.
//
// The library may not unwrap (see clippy.toml); the tests may.
#![allow(clippy::disallowed_methods)]

use std::collections::{BTreeMap, BTreeSet};

use syn::visit::{self, Visit};

const STRICT: [&str; 2] = ["parse_all", "total_celsius"];

/// Iterator methods that are loops written by hand in all but name.
const LOOPING_METHODS: [&str; 5] = ["for_each", "try_for_each", "fold", "try_fold", "reduce"];

/// What one function's body does: its loops (what and on which line) and
/// the names it mentions (functions it calls or passes on).
#[derive(Default)]
struct Body {
    loops: Vec<(String, usize)>,
    names: BTreeSet<String>,
}

impl<'ast> Visit<'ast> for Body {
    fn visit_expr_for_loop(&mut self, node: &'ast syn::ExprForLoop) {
        let line = node.for_token.span.start().line;
        self.loops.push(("a `for` loop".into(), line));
        visit::visit_expr_for_loop(self, node);
    }

    fn visit_expr_while(&mut self, node: &'ast syn::ExprWhile) {
        let line = node.while_token.span.start().line;
        self.loops.push(("a `while` loop".into(), line));
        visit::visit_expr_while(self, node);
    }

    fn visit_expr_loop(&mut self, node: &'ast syn::ExprLoop) {
        let line = node.loop_token.span.start().line;
        self.loops.push(("a `loop`".into(), line));
        visit::visit_expr_loop(self, node);
    }

    fn visit_expr_method_call(&mut self, node: &'ast syn::ExprMethodCall) {
        let method = node.method.to_string();
        if LOOPING_METHODS.contains(&method.as_str()) {
            let line = node.method.span().start().line;
            self.loops.push((format!("`.{method}(..)`"), line));
        }
        visit::visit_expr_method_call(self, node);
    }

    fn visit_expr_path(&mut self, node: &'ast syn::ExprPath) {
        if let Some(last) = node.path.segments.last() {
            self.names.insert(last.ident.to_string());
        }
        visit::visit_expr_path(self, node);
    }
}

/// Every function of the file (free functions and methods) by name.
fn functions(file: &syn::File) -> BTreeMap<String, Body> {
    #[derive(Default)]
    struct Functions(BTreeMap<String, Body>);

    impl<'ast> Visit<'ast> for Functions {
        fn visit_item_fn(&mut self, node: &'ast syn::ItemFn) {
            let mut body = Body::default();
            body.visit_block(&node.block);
            self.0.insert(node.sig.ident.to_string(), body);
            visit::visit_item_fn(self, node);
        }

        fn visit_impl_item_fn(&mut self, node: &'ast syn::ImplItemFn) {
            let mut body = Body::default();
            body.visit_block(&node.block);
            self.0.insert(node.sig.ident.to_string(), body);
            visit::visit_impl_item_fn(self, node);
        }
    }

    let mut found = Functions::default();
    found.visit_file(file);
    found.0
}

/// The loops `name` runs, its own or through the functions it uses.
fn loops_of(functions: &BTreeMap<String, Body>, name: &str) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![name.to_string()];
    let mut loops = Vec::new();
    while let Some(current) = todo.pop() {
        if !seen.insert(current.clone()) {
            continue;
        }
        let Some(body) = functions.get(&current) else {
            continue;
        };
        for (what, line) in &body.loops {
            loops.push(format!("{what} on line {line} (in `{current}`)"));
        }
        todo.extend(body.names.iter().cloned());
    }
    loops
}

#[test]
fn the_strict_functions_collect_and_sum_without_loops() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs");
    let source = std::fs::read_to_string(path).expect("read src/lib.rs");
    let file = syn::parse_file(&source).expect("src/lib.rs is Rust");
    let functions = functions(&file);
    for strict in STRICT {
        assert!(functions.contains_key(strict), "`{strict}` is gone");
        let loops = loops_of(&functions, strict);
        assert!(
            loops.is_empty(),
            "`{strict}` must collect or sum its results into one `Result`, \
             but it runs {}",
            loops.join(", ")
        );
    }
}
