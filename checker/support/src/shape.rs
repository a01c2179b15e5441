//! The shape of the learner's code, where a test must read it: parsed as
//! Rust (comments and strings never count), with the helpers a judged
//! function calls followed, and what would hide a shape refused.
//!
//! Prefer a rule (a lint the checker forbids) wherever one exists: a lint
//! sees the code after macros are expanded and names resolved. Read the
//! shape only for what no lint says ("no loop written by hand").
//!
//! ```ignore
//! let source = support::shape::Source::read(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs"));
//! let judged = source.with_helpers(&[source.function("parse_ports")]);
//! source.assert_nothing_hidden(&judged);
//! let loops = support::shape::loops(&source, &judged);
//! assert!(loops.is_empty(), "...{}", support::shape::list(&loops));
//! ```

use std::collections::HashSet;
use std::fmt;

use proc_macro2::Span;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::{Expr, ImplItem, Item, Macro, Token};

/// Macros whose arguments are expressions: the visitors below read inside
/// them. Any other macro in judged code hides what it expands to.
pub const EXPRESSION_MACROS: &[&str] = &[
    "format",
    "print",
    "println",
    "eprint",
    "eprintln",
    "write",
    "writeln",
    "vec",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "panic",
    "unreachable",
    "todo",
    "unimplemented",
    "dbg",
    "format_args",
];

/// A learner's file, parsed.
pub struct Source {
    path: String,
    text: String,
    file: syn::File,
}

/// A function or method of the file.
#[derive(Clone, Copy)]
pub struct Function<'a> {
    /// The type of the `impl` block it is in, or `None` for a free function.
    pub owner: Option<&'a syn::Type>,
    pub sig: &'a syn::Signature,
    pub block: &'a syn::Block,
}

impl Function<'_> {
    pub fn name(&self) -> String {
        self.sig.ident.to_string()
    }

    fn owner_name(&self) -> Option<String> {
        self.owner.map(type_name)
    }

    fn same(&self, other: &Function<'_>) -> bool {
        std::ptr::eq(self.block, other.block)
    }
}

/// Something a test points at: a line of the file and what is there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub line: usize,
    pub what: String,
    /// The line's text, trimmed.
    pub text: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}\n    {}", self.line, self.what, self.text)
    }
}

/// Findings one per paragraph, for a message.
pub fn list(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl Source {
    /// Reads and parses `path`; panics with a message that says why not.
    pub fn read(path: &str) -> Self {
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|error| panic!("cannot read {path}: {error}"));
        Self::parse(path, text)
    }

    /// Parses `text` as the file `path`.
    pub fn parse(path: &str, text: String) -> Self {
        let file = syn::parse_file(&text)
            .unwrap_or_else(|error| panic!("{path} does not parse as Rust: {error}"));
        Self {
            path: path.to_string(),
            text,
            file,
        }
    }

    pub fn file(&self) -> &syn::File {
        &self.file
    }

    /// Every function and method of the file, in any module or impl block.
    pub fn functions(&self) -> Vec<Function<'_>> {
        let mut found = Vec::new();
        collect_functions(&self.file.items, &mut found);
        found
    }

    /// The one function or method named `name`; panics when there is none,
    /// or several (then ask with [`Source::method`]).
    pub fn function(&self, name: &str) -> Function<'_> {
        let matching: Vec<Function<'_>> = self
            .functions()
            .into_iter()
            .filter(|f| f.sig.ident == name)
            .collect();
        match matching.as_slice() {
            [one] => *one,
            [] => panic!("{} has no function named `{name}`", self.path),
            _ => panic!(
                "{} has {} functions named `{name}`: the test must say whose",
                self.path,
                matching.len()
            ),
        }
    }

    /// The method `name` of an `impl` block for `owner` (the type's last
    /// path segment: `Playlist`, `Vec`); `None` when there is none.
    pub fn method(&self, owner: &str, name: &str) -> Option<Function<'_>> {
        self.functions()
            .into_iter()
            .find(|f| f.sig.ident == name && f.owner_name().as_deref() == Some(owner))
    }

    /// `roots` and every function of the file they reach by calls (`f(..)`,
    /// `Self::f(..)`, `Type::f(..)`, `.f(..)` for any method of that name
    /// in the file) or by naming them (`.map(f)`), transitively.
    pub fn with_helpers<'a>(&'a self, roots: &[Function<'a>]) -> Vec<Function<'a>> {
        let all = self.functions();
        let mut judged: Vec<Function<'a>> = roots.to_vec();
        let mut next = 0;
        while next < judged.len() {
            let mut names = Names::default();
            names.visit_block(judged[next].block);
            for function in &all {
                let name = function.name();
                let reached = names.called.contains(&name)
                    || (function.owner.is_some() && names.methods.contains(&name));
                if reached && !judged.iter().any(|j| j.same(function)) {
                    judged.push(*function);
                }
            }
            next += 1;
        }
        judged
    }

    /// What could hide the shape of `judged` from a test: a `macro_rules!`
    /// anywhere in the file, a macro call in judged code other than the
    /// [`EXPRESSION_MACROS`], a renamed import (`use a as b`) and a type
    /// alias.
    pub fn hiding(&self, judged: &[Function<'_>]) -> Vec<Finding> {
        let mut hiding = Hiding {
            source: self,
            found: Vec::new(),
            in_judged: false,
        };
        hiding.visit_file(&self.file);
        for function in judged {
            hiding.in_judged = true;
            hiding.visit_block(function.block);
        }
        dedup(hiding.found)
    }

    /// Panics, listing them, when [`Source::hiding`] finds anything.
    pub fn assert_nothing_hidden(&self, judged: &[Function<'_>]) {
        let hiding = self.hiding(judged);
        assert!(
            hiding.is_empty(),
            "{} hides code from this test; write it out plainly:\n{}",
            self.path,
            list(&hiding)
        );
    }

    fn finding(&self, span: Span, what: impl Into<String>) -> Finding {
        let line = span.start().line;
        Finding {
            line,
            what: what.into(),
            text: self
                .text
                .lines()
                .nth(line.saturating_sub(1))
                .unwrap_or("")
                .trim()
                .to_string(),
        }
    }
}

/// Every `for`, `while` and `loop` in `functions`.
pub fn loops(source: &Source, functions: &[Function<'_>]) -> Vec<Finding> {
    let mut found = Vec::new();
    for_each_expr(functions, |expr| {
        let what = match expr {
            Expr::ForLoop(_) => "a `for` loop",
            Expr::While(_) => "a `while` loop",
            Expr::Loop(_) => "a `loop`",
            _ => return,
        };
        found.push(source.finding(expr.span(), what));
    });
    dedup(found)
}

/// Every call of `name` in `functions`, as a method (`x.name(..)`) or
/// through a path (`Trait::name(&mut x, ..)`, `name(..)`, `.map(Type::name)`).
pub fn calls(source: &Source, functions: &[Function<'_>], name: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    for_each_expr(functions, |expr| match expr {
        Expr::MethodCall(call) if call.method == name => {
            found.push(source.finding(call.method.span(), format!("a call of `{name}`")));
        }
        Expr::Path(path) if path.path.segments.last().is_some_and(|s| s.ident == name) => {
            found.push(source.finding(path.span(), format!("a call of `{name}`")));
        }
        _ => {}
    });
    dedup(found)
}

/// Calls `visit` on every expression of `functions`, including the
/// arguments of [`EXPRESSION_MACROS`] and closures' bodies.
pub fn for_each_expr(functions: &[Function<'_>], mut visit: impl FnMut(&Expr)) {
    let mut walker = Walker { visit: &mut visit };
    for function in functions {
        walker.visit_block(function.block);
    }
}

struct Walker<'v> {
    visit: &'v mut dyn FnMut(&Expr),
}

impl<'ast> Visit<'ast> for Walker<'_> {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        (self.visit)(expr);
        visit::visit_expr(self, expr);
    }

    fn visit_macro(&mut self, mac: &'ast Macro) {
        for arg in macro_expressions(mac) {
            self.visit_expr(&arg);
        }
    }

    // Items nested in a body are judged only when reached as helpers.
    fn visit_item(&mut self, _: &'ast Item) {}
}

fn macro_expressions(mac: &Macro) -> Vec<Expr> {
    let name = mac.path.segments.last().map(|s| s.ident.to_string());
    if !name.is_some_and(|n| EXPRESSION_MACROS.contains(&n.as_str())) {
        return Vec::new();
    }
    // `write!(f, "...", a)`: every argument an expression; `vec![x; n]` too.
    if let Ok(args) = mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated) {
        return args.into_iter().collect();
    }
    mac.parse_body_with(Punctuated::<Expr, Token![;]>::parse_terminated)
        .map(|args| args.into_iter().collect())
        .unwrap_or_default()
}

#[derive(Default)]
struct Names {
    called: HashSet<String>,
    methods: HashSet<String>,
}

impl<'ast> Visit<'ast> for Names {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        match expr {
            Expr::Path(path) => {
                if let Some(last) = path.path.segments.last() {
                    self.called.insert(last.ident.to_string());
                }
            }
            Expr::MethodCall(call) => {
                self.methods.insert(call.method.to_string());
            }
            _ => {}
        }
        visit::visit_expr(self, expr);
    }

    fn visit_macro(&mut self, mac: &'ast Macro) {
        for arg in macro_expressions(mac) {
            self.visit_expr(&arg);
        }
    }
}

struct Hiding<'s> {
    source: &'s Source,
    found: Vec<Finding>,
    in_judged: bool,
}

impl<'ast> Visit<'ast> for Hiding<'_> {
    fn visit_item_macro(&mut self, item: &'ast syn::ItemMacro) {
        if item.mac.path.is_ident("macro_rules") {
            self.found.push(self.source.finding(
                item.span(),
                "a macro definition: its body is not read as code",
            ));
        }
        visit::visit_item_macro(self, item);
    }

    fn visit_macro(&mut self, mac: &'ast Macro) {
        let name = mac
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        if name == "macro_rules" {
            self.found.push(self.source.finding(
                mac.span(),
                "a macro definition: its body is not read as code",
            ));
        } else if self.in_judged && !EXPRESSION_MACROS.contains(&name.as_str()) {
            self.found.push(self.source.finding(
                mac.span(),
                format!("a call of the macro `{name}!`: what it expands to is not read"),
            ));
        } else {
            for arg in macro_expressions(mac) {
                self.visit_expr(&arg);
            }
        }
    }

    fn visit_use_rename(&mut self, rename: &'ast syn::UseRename) {
        // `use Trait as _;` brings a trait's methods into scope without a
        // name: it renames nothing a reader looks for.
        if rename.rename == "_" {
            return;
        }
        self.found.push(self.source.finding(
            rename.span(),
            format!("`{}` imported as `{}`", rename.ident, rename.rename),
        ));
    }

    fn visit_item_type(&mut self, alias: &'ast syn::ItemType) {
        self.found.push(
            self.source
                .finding(alias.span(), format!("a type alias `{}`", alias.ident)),
        );
    }
}

fn collect_functions<'a>(items: &'a [Item], found: &mut Vec<Function<'a>>) {
    for item in items {
        match item {
            Item::Fn(function) => {
                found.push(Function {
                    owner: None,
                    sig: &function.sig,
                    block: &function.block,
                });
                collect_nested(&function.block, found);
            }
            Item::Impl(block) => {
                for item in &block.items {
                    if let ImplItem::Fn(method) = item {
                        found.push(Function {
                            owner: Some(&block.self_ty),
                            sig: &method.sig,
                            block: &method.block,
                        });
                        collect_nested(&method.block, found);
                    }
                }
            }
            Item::Trait(tr) => {
                for item in &tr.items {
                    if let syn::TraitItem::Fn(method) = item
                        && let Some(block) = &method.default
                    {
                        found.push(Function {
                            owner: None,
                            sig: &method.sig,
                            block,
                        });
                    }
                }
            }
            Item::Mod(module) => {
                if let Some((_, items)) = &module.content {
                    collect_functions(items, found);
                }
            }
            // `const _: () = { impl ... };` hides items in a block.
            Item::Const(constant) => {
                if let syn::Expr::Block(block) = &*constant.expr {
                    let items: Vec<&Item> = block
                        .block
                        .stmts
                        .iter()
                        .filter_map(|stmt| match stmt {
                            syn::Stmt::Item(item) => Some(item),
                            _ => None,
                        })
                        .collect();
                    for item in items {
                        collect_functions(std::slice::from_ref(item), found);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Functions and impls declared inside a body (`fn helper` within `fn f`).
fn collect_nested<'a>(block: &'a syn::Block, found: &mut Vec<Function<'a>>) {
    for statement in &block.stmts {
        if let syn::Stmt::Item(item) = statement {
            collect_functions(std::slice::from_ref(item), found);
        }
    }
}

fn type_name(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(path) => path
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default(),
        syn::Type::Reference(reference) => type_name(&reference.elem),
        _ => String::new(),
    }
}

fn dedup(mut found: Vec<Finding>) -> Vec<Finding> {
    let mut seen = HashSet::new();
    found.retain(|f| seen.insert((f.line, f.what.clone())));
    found.sort_by_key(|f| f.line);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str) -> Source {
        Source::parse("src/lib.rs", text.to_string())
    }

    #[test]
    fn helpers_are_followed_through_calls_methods_and_names() {
        let s = source(
            "pub fn top(v: &[u8]) -> usize { v.iter().map(count_one).sum::<usize>() + Self_::go() + W.run() }\n\
             fn count_one(_: &u8) -> usize { for _ in 0..1 {} 1 }\n\
             struct Self_; impl Self_ { fn go() -> usize { deeper() } }\n\
             fn deeper() -> usize { loop { break 2 } }\n\
             struct W; impl W { fn run(&self) -> usize { while false {} 0 } }\n\
             fn unused() { for _ in 0..2 {} }\n",
        );
        let judged = s.with_helpers(&[s.function("top")]);
        let mut names: Vec<String> = judged.iter().map(Function::name).collect();
        names.sort();
        assert_eq!(names, ["count_one", "deeper", "go", "run", "top"]);
        let found = loops(&s, &judged);
        assert_eq!(
            found.iter().map(|f| f.line).collect::<Vec<_>>(),
            [2, 4, 5],
            "{found:?}"
        );
    }

    #[test]
    fn macros_aliases_and_renames_are_refused() {
        let s = source(
            "use std::iter::Iterator as It;\n\
             type Items = Vec<u8>;\n\
             macro_rules! each { ($v:expr) => { for _ in $v {} } }\n\
             pub fn top(v: Items) { each!(v); println!(\"{}\", 1); }\n",
        );
        let found = s.hiding(&[s.function("top")]);
        let lines: Vec<usize> = found.iter().map(|f| f.line).collect();
        assert_eq!(lines, [1, 2, 3, 4], "{found:?}");
        assert!(found[3].what.contains("`each!`"), "{}", found[3]);
        let plain = source(
            "use std::fmt::Write as _;\n\
             pub fn top(v: Vec<u8>) -> String { format!(\"{}\", v.len()) }",
        );
        assert!(plain.hiding(&[plain.function("top")]).is_empty());
    }

    #[test]
    fn functions_inside_an_anonymous_const_are_found() {
        let s = source(
            "pub struct Fish;\n\
             const _: () = {\n\
             impl Fish { pub fn noise(&self) -> u8 { 1 } }\n\
             };\n",
        );
        assert_eq!(s.functions().len(), 1);
    }

    #[test]
    fn calls_are_found_as_methods_and_paths() {
        let s = source(
            "pub fn top(v: Vec<u8>) -> u8 {\n\
             let mut it = v.into_iter();\n\
             let a = Iterator::try_fold(&mut it, 0u8, |a, b| a.checked_add(b)).unwrap_or(0);\n\
             let b = it.try_fold(0u8, |a, b| a.checked_add(b)).unwrap_or(0);\n\
             a + b }\n",
        );
        let found = calls(&s, &[s.function("top")], "try_fold");
        assert_eq!(found.iter().map(|f| f.line).collect::<Vec<_>>(), [3, 4]);
    }

    #[test]
    fn loops_inside_expression_macros_are_seen() {
        let s = source(
            "pub fn top() -> String { format!(\"{}\", { let mut n = 0; for _ in 0..3 { n += 1 } n }) }",
        );
        assert_eq!(loops(&s, &[s.function("top")]).len(), 1);
    }

    #[test]
    fn a_name_shared_by_two_functions_is_asked_by_owner() {
        let s = source(
            "struct A; impl A { fn from_iter() {} }\nstruct B; impl B { fn from_iter() { for _ in 0..1 {} } }",
        );
        let panic = std::panic::catch_unwind(|| {
            s.function("from_iter");
        });
        assert!(panic.is_err());
        let b = s.method("B", "from_iter").expect("B has one");
        assert_eq!(loops(&s, &[b]).len(), 1);
        assert!(s.method("C", "from_iter").is_none());
    }
}
