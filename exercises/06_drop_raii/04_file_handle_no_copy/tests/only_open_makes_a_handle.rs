// "A descriptor has exactly one owner": a method or a trait impl that hands
// out a second handle with the same descriptor number (a clone under another
// name) is invisible to tests that cannot name it, so the file is read
// instead (parsed as Rust: comments and strings never count). A handle is
// built only in `FdTable::open`, which gives it a descriptor of its own;
// everything else, `duplicate` included, gets its handle from `open`.
use support::shape::{self, Finding, Function, Source};
use syn::spanned::Spanned;

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

fn builds_a_handle(function: &Function<'_>, path: &syn::Path) -> bool {
    let Some(last) = path.segments.last() else {
        return false;
    };
    last.ident == "FileHandle"
        || (last.ident == "Self" && function.owner.map(type_name).as_deref() == Some("FileHandle"))
}

#[test]
fn only_fd_table_open_builds_a_handle() {
    let source = Source::read(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs"));
    let functions = source.functions();
    source.assert_nothing_hidden(&functions);
    let open = source
        .method("FdTable", "open")
        .expect("src/lib.rs keeps `FdTable::open`");
    let mut built = Vec::new();
    for function in &functions {
        if std::ptr::eq(function.block, open.block) {
            continue;
        }
        shape::for_each_expr(std::slice::from_ref(function), |expr| {
            if let syn::Expr::Struct(literal) = expr
                && builds_a_handle(function, &literal.path)
            {
                built.push(Finding {
                    line: literal.span().start().line,
                    what: format!("a `FileHandle` built in `{}`", function.name()),
                    text: String::from("FileHandle { .. }"),
                });
            }
        });
    }
    assert!(
        built.is_empty(),
        "src/lib.rs: only `FdTable::open` builds a `FileHandle`, with a \
         descriptor of its own; a handle built anywhere else shares a \
         descriptor another handle will close too (ask the table with \
         `open` instead):\n{}",
        shape::list(&built)
    );
}
