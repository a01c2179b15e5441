// "A descriptor has exactly one owner": a method or a trait impl that hands
// out a second handle with the same descriptor number (a clone under another
// name) is invisible to tests that cannot name it, so the file is read
// instead (parsed as Rust: comments and strings never count). A handle is
// built only in `FdTable::open`, which gives it a descriptor of its own;
// everything else, `duplicate` included, gets its handle from `open`. The
// whole file is read, wherever a handle could be built: functions, items
// nested in their bodies, closures, constants and statics.
use support::shape::{self, EXPRESSION_MACROS, Finding, Source};
use syn::spanned::Spanned;
use syn::visit::{self, Visit};

fn type_name(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(path) => path
            .path
            .segments
            .last()
            .map(|segment| segment.ident.to_string())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

struct Builders<'a> {
    open: &'a syn::Block,
    /// The types of the `impl` blocks the walk is in, innermost last.
    impls: Vec<String>,
    found: Vec<Finding>,
}

impl Builders<'_> {
    fn push(&mut self, span: proc_macro2::Span, what: String, text: &str) {
        self.found.push(Finding {
            line: span.start().line,
            what,
            text: text.to_string(),
        });
    }
}

impl<'ast> Visit<'ast> for Builders<'_> {
    fn visit_item_impl(&mut self, block: &'ast syn::ItemImpl) {
        self.impls.push(type_name(&block.self_ty));
        visit::visit_item_impl(self, block);
        self.impls.pop();
    }

    fn visit_block(&mut self, block: &'ast syn::Block) {
        if std::ptr::eq(block, self.open) {
            return;
        }
        visit::visit_block(self, block);
    }

    fn visit_expr_struct(&mut self, literal: &'ast syn::ExprStruct) {
        if let Some(last) = literal.path.segments.last()
            && (last.ident == "FileHandle"
                || (last.ident == "Self"
                    && self.impls.last().map(String::as_str) == Some("FileHandle")))
        {
            self.push(
                literal.span(),
                String::from("a `FileHandle` built outside `FdTable::open`"),
                "FileHandle { .. }",
            );
        }
        visit::visit_expr_struct(self, literal);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let name = mac
            .path
            .segments
            .last()
            .map(|segment| segment.ident.to_string())
            .unwrap_or_default();
        if !EXPRESSION_MACROS.contains(&name.as_str()) {
            self.push(
                mac.span(),
                format!("a call of the macro `{name}!`: what it expands to is not read"),
                "",
            );
        } else if let Ok(args) = mac.parse_body_with(
            syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated,
        ) {
            for arg in &args {
                self.visit_expr(arg);
            }
        }
    }
}

#[test]
fn only_fd_table_open_builds_a_handle() {
    let source = Source::read(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs"));
    let functions = source.functions();
    source.assert_nothing_hidden(&functions);
    let open = source
        .method("FdTable", "open")
        .expect("src/lib.rs keeps `FdTable::open`");
    let mut builders = Builders {
        open: open.block,
        impls: Vec::new(),
        found: Vec::new(),
    };
    builders.visit_file(source.file());
    assert!(
        builders.found.is_empty(),
        "src/lib.rs: only `FdTable::open` builds a `FileHandle`, with a \
         descriptor of its own; a handle built anywhere else shares a \
         descriptor another handle will close too (ask the table with \
         `open` instead):\n{}",
        shape::list(&builders.found)
    );
}
