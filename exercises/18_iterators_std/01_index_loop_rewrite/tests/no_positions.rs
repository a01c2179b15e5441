// The task is to stop walking positions by hand. This test reads
// `src/lib.rs` as Rust (a syntax tree, so comments and strings never count)
// and points at every position that is still computed: a range of positions
// such as `0..v.len()`, an index such as `v[i]` or `v[i + 1]`, and methods
// that look an item up by a position held in a local variable (`get(i)`,
// `nth(i)`, `skip(i)`, `split_at(i)`, `index(i)`), called as methods or
// through a path (`<[i32]>::get(v, i)`, `Index::index(v, i)`), and an endless
// count of positions (`(1..)`) outside an index. A constant position, such as
// `pair[0]` in a window of two, is not an index variable and is allowed, and
// so is a lookup by a parameter (`chars().nth(min_chars)`) that the function
// never binds again (a closure argument of the same name is a local). What would hide code from this test
// (a macro of your own, a macro call other than `format!` and its kind, a
// renamed import, a type alias) is refused first.
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::{
    Block, Expr, ExprCall, ExprIndex, ExprMethodCall, ExprPath, ExprRange, FnArg, ImplItemFn,
    ItemFn, Lit, Macro, Pat, PatIdent, Signature, Token,
};

const LIB: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs");

/// Methods that take a position as an argument.
const BY_POSITION: &[&str] = &[
    "get",
    "get_mut",
    "get_unchecked",
    "get_unchecked_mut",
    "nth",
    "nth_back",
    "skip",
    "split_at",
    "split_at_mut",
    "split_at_checked",
    "index",
    "index_mut",
];

/// An integer literal, or a range between integer literals (`1`, `..2`).
fn is_constant(expr: &Expr) -> bool {
    match expr {
        Expr::Lit(literal) => matches!(literal.lit, Lit::Int(_)),
        Expr::Paren(inner) => is_constant(&inner.expr),
        Expr::Range(range) => range_is_constant(range),
        _ => false,
    }
}

fn unparenthesized(expr: &Expr) -> &Expr {
    match expr {
        Expr::Paren(inner) => unparenthesized(&inner.expr),
        _ => expr,
    }
}

fn range_is_constant(range: &ExprRange) -> bool {
    range.start.as_deref().is_none_or(is_constant) && range.end.as_deref().is_none_or(is_constant)
}

/// The names a function body binds (`let`, closure arguments, patterns).
struct Bindings(Vec<String>);

impl<'ast> Visit<'ast> for Bindings {
    fn visit_pat_ident(&mut self, node: &'ast PatIdent) {
        self.0.push(node.ident.to_string());
        visit::visit_pat_ident(self, node);
    }
}

/// The parameters of a function that its body never binds again.
fn parameters(signature: &Signature, body: &Block) -> Vec<String> {
    let mut bound = Bindings(Vec::new());
    bound.visit_block(body);
    signature
        .inputs
        .iter()
        .filter_map(|input| match input {
            FnArg::Typed(typed) => match &*typed.pat {
                Pat::Ident(binding) => Some(binding.ident.to_string()),
                _ => None,
            },
            FnArg::Receiver(_) => None,
        })
        .filter(|name| !bound.0.contains(name))
        .collect()
}

struct Positions<'a> {
    source: &'a str,
    found: Vec<String>,
    /// The parameters of the function being read.
    parameters: Vec<String>,
    /// While reading the argument of a lookup: the variables it reads.
    names: Option<Vec<String>>,
}

impl Positions<'_> {
    /// Whether `expr` reads a variable other than a parameter of the function
    /// (constants, written in capitals, do not count).
    fn reads_a_local(&mut self, expr: &Expr) -> bool {
        let outer = self.names.replace(Vec::new());
        self.visit_expr(expr);
        let names = std::mem::replace(&mut self.names, outer).unwrap_or_default();
        names
            .iter()
            .any(|name| !self.parameters.contains(name) && name.chars().any(char::is_lowercase))
    }

    fn report(&mut self, node: &impl Spanned, what: &str) {
        if self.names.is_some() {
            return; // reported when the whole expression is read
        }
        let line = node.span().start().line;
        let text = self
            .source
            .lines()
            .nth(line.saturating_sub(1))
            .unwrap_or("");
        let message = format!("line {line}: {what}\n    {}", text.trim());
        if !self.found.contains(&message) {
            self.found.push(message);
        }
    }
}

impl<'ast> Visit<'ast> for Positions<'_> {
    fn visit_item_fn(&mut self, node: &'ast ItemFn) {
        let outer = std::mem::replace(&mut self.parameters, parameters(&node.sig, &node.block));
        visit::visit_item_fn(self, node);
        self.parameters = outer;
    }

    fn visit_impl_item_fn(&mut self, node: &'ast ImplItemFn) {
        let outer = std::mem::replace(&mut self.parameters, parameters(&node.sig, &node.block));
        visit::visit_impl_item_fn(self, node);
        self.parameters = outer;
    }

    fn visit_expr_path(&mut self, node: &'ast ExprPath) {
        if let (Some(names), Some(name)) = (&mut self.names, node.path.get_ident()) {
            names.push(name.to_string());
        }
        visit::visit_expr_path(self, node);
    }

    fn visit_expr_index(&mut self, node: &'ast ExprIndex) {
        if !is_constant(&node.index) {
            self.report(node, "an index computed at run time (`v[i]`)");
        }
        self.visit_expr(&node.expr);
        match unparenthesized(&node.index) {
            // `v[1..]` is a constant slice, not an endless count.
            Expr::Range(range) if range_is_constant(range) => {}
            index => self.visit_expr(index),
        }
    }

    fn visit_expr_range(&mut self, node: &'ast ExprRange) {
        if !range_is_constant(node) {
            self.report(node, "a range of positions (`0..v.len()`)");
        } else if node.start.is_some() && node.end.is_none() {
            self.report(node, "an endless count of positions (`(1..)`)");
        }
        visit::visit_expr_range(self, node);
    }

    fn visit_expr_method_call(&mut self, node: &'ast ExprMethodCall) {
        let method = node.method.to_string();
        if BY_POSITION.contains(&method.as_str())
            && node.args.iter().any(|arg| self.reads_a_local(arg))
        {
            self.report(node, &format!("a lookup by position (`.{method}(i)`)"));
        }
        visit::visit_expr_method_call(self, node);
    }

    fn visit_expr_call(&mut self, node: &'ast ExprCall) {
        if let Expr::Path(function) = &*node.func
            && let Some(last) = function.path.segments.last()
        {
            let method = last.ident.to_string();
            if BY_POSITION.contains(&method.as_str())
                // The first argument is the receiver, not a position.
                && node.args.iter().skip(1).any(|arg| self.reads_a_local(arg))
            {
                self.report(node, &format!("a lookup by position (`{method}(v, i)`)"));
            }
        }
        visit::visit_expr_call(self, node);
    }

    fn visit_macro(&mut self, node: &'ast Macro) {
        // Macro arguments are tokens to syn; read them as expressions where
        // they are (`format!("{}", v[i])`, `assert!(i < n)`).
        if let Ok(args) = node.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated) {
            for arg in &args {
                self.visit_expr(arg);
            }
        }
        visit::visit_macro(self, node);
    }
}

#[test]
fn no_position_is_walked_by_hand() {
    let shape = support::shape::Source::read(LIB);
    shape.assert_nothing_hidden(&shape.functions());
    let source = std::fs::read_to_string(LIB).expect("src/lib.rs is readable");
    let file = shape.file();
    let mut positions = Positions {
        source: &source,
        found: Vec::new(),
        parameters: Vec::new(),
        names: None,
    };
    positions.visit_file(file);
    assert!(
        positions.found.is_empty(),
        "src/lib.rs still walks positions by hand; let an adapter do it:\n{}",
        positions.found.join("\n")
    );
}
