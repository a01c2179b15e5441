// No callback runs inside `count_matching_threads`, so no test can see which
// thread counted what. This one reads `src/lib.rs` as Rust instead (a syntax
// tree, so comments and strings never count) and checks the shape the task
// asks for, in `count_matching_threads` and the functions of this file it
// calls: a `thread::scope`, threads spawned in it, and counts sent through
// an mpsc channel (`channel` or `sync_channel`, then `send`).
use std::collections::{BTreeMap, BTreeSet};

use syn::punctuated::Punctuated;
use syn::visit::{self, Visit};
use syn::{Block, Expr, ExprCall, ExprMethodCall, ImplItemFn, ItemFn, Macro, Token};

const LIB: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs");

/// Every function of the file, by name.
#[derive(Default)]
struct Functions<'ast>(BTreeMap<String, &'ast Block>);

impl<'ast> Visit<'ast> for Functions<'ast> {
    fn visit_item_fn(&mut self, node: &'ast ItemFn) {
        self.0.insert(node.sig.ident.to_string(), &node.block);
        visit::visit_item_fn(self, node);
    }

    fn visit_impl_item_fn(&mut self, node: &'ast ImplItemFn) {
        self.0.insert(node.sig.ident.to_string(), &node.block);
        visit::visit_impl_item_fn(self, node);
    }
}

/// What a function body does that matters here.
#[derive(Default)]
struct Seen {
    scope: bool,
    spawn: bool,
    channel: bool,
    send: bool,
    /// Names of the functions it calls by a plain name.
    calls: BTreeSet<String>,
}

impl<'ast> Visit<'ast> for Seen {
    fn visit_expr_call(&mut self, node: &'ast ExprCall) {
        if let Expr::Path(path) = &*node.func
            && let Some(last) = path.path.segments.last()
        {
            match last.ident.to_string().as_str() {
                "scope" => self.scope = true,
                "channel" | "sync_channel" => self.channel = true,
                name => {
                    self.calls.insert(name.to_string());
                }
            }
        }
        visit::visit_expr_call(self, node);
    }

    fn visit_expr_method_call(&mut self, node: &'ast ExprMethodCall) {
        match node.method.to_string().as_str() {
            "spawn" | "spawn_scoped" => self.spawn = true,
            "send" | "try_send" => self.send = true,
            _ => {}
        }
        visit::visit_expr_method_call(self, node);
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
fn the_threads_version_uses_scoped_threads_and_a_channel() {
    let source = std::fs::read_to_string(LIB).expect("src/lib.rs is readable");
    let file = syn::parse_file(&source).expect("src/lib.rs parses as Rust");
    let mut functions = Functions::default();
    functions.visit_file(&file);
    assert!(
        functions.0.contains_key("count_matching_threads"),
        "keep the function `count_matching_threads`"
    );

    let mut seen = Seen::default();
    let mut read = BTreeSet::new();
    let mut to_read = vec!["count_matching_threads".to_string()];
    while let Some(name) = to_read.pop() {
        if name == "count_matching_rayon" || !read.insert(name.clone()) {
            continue;
        }
        if let Some(body) = functions.0.get(&name) {
            seen.visit_block(body);
            to_read.extend(seen.calls.iter().cloned());
        }
    }

    let mut missing = Vec::new();
    if !seen.scope {
        missing.push("it opens no `std::thread::scope`");
    }
    if !seen.spawn {
        missing.push("it spawns no thread in the scope");
    }
    if !seen.channel {
        missing.push("it creates no `std::sync::mpsc` channel");
    }
    if !seen.send {
        missing.push("nothing sends a count through the channel");
    }
    assert!(
        missing.is_empty(),
        "`count_matching_threads` (with the functions it calls) must split the work \
         among scoped threads that send their counts through a channel, but:\n{}",
        missing.join("\n")
    );
}
