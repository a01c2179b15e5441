//! What a task statement keeps: the items an exercise's `keep` names (a
//! function's signature, a type's fields and derives, a trait, an impl's
//! header) compared with the shipped file, and the types it declares closed
//! (no public way to build or change one beyond what was shipped).
//!
//! Both files are parsed as Rust; names of parameters, comments, bodies and
//! formatting never count. A change is reported with the learner's line and
//! both forms side by side.

use std::collections::BTreeSet;
use std::path::Path;

use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{FnArg, ImplItem, Item, Signature, TraitItem, Visibility};

use anyhow::Context;

use crate::catalogue::Exercise;
pub use crate::catalogue::KeptItem;
use crate::seal::Seal;
use crate::verdict::ChangedItem;
use crate::workspace::Workspace;

/// How the learner's file differs from the shipped one for one kept item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// The shipped file does not hold what `keep` names: an authoring error.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct NotShipped {
    pub path: String,
    pub message: String,
}

/// Every item of `exercise.keep` that its learner file changed. A file that
/// does not parse is left to the compiler.
pub fn changed(
    workspace: &Workspace,
    seal: &Seal,
    exercise: &Exercise,
) -> anyhow::Result<Vec<ChangedItem>> {
    let Some(file) = exercise.files.first().filter(|_| !exercise.keep.is_empty()) else {
        return Ok(Vec::new());
    };
    let text = std::fs::read_to_string(workspace.root.join(&exercise.dir).join(file))
        .with_context(|| format!("cannot read {}", exercise.dir.join(file).display()))?;
    let Ok(learner) = syn::parse_file(&text) else {
        return Ok(Vec::new());
    };
    let shipped_text = shipped_copy(workspace, seal, exercise, file)?;
    let shipped_path = exercise.dir.join(file);
    let shipped = syn::parse_file(&String::from_utf8_lossy(&shipped_text)).map_err(|error| {
        anyhow::anyhow!(
            "{}: the shipped file does not parse as Rust: {error}",
            shipped_path.display()
        )
    })?;
    let mut changed = Vec::new();
    for item in &exercise.keep {
        if let Some(change) = compare(item, &shipped, &learner, &shipped_path)? {
            changed.push(ChangedItem {
                item: item.to_string(),
                file: file.clone(),
                line: change.line,
                column: change.column,
                message: change.message,
            });
        }
    }
    Ok(changed)
}

/// The shipped learner file, kept by blob id under the target directory the
/// first time it is read, so that later verdicts need neither the file as
/// shipped nor git.
fn shipped_copy(
    workspace: &Workspace,
    seal: &Seal,
    exercise: &Exercise,
    file: &Path,
) -> anyhow::Result<Vec<u8>> {
    let id = seal
        .files_of(exercise)?
        .get(&crate::seal::slash_path(file))
        .cloned()
        .unwrap_or_default();
    let copy = workspace.generated_dir().join("shipped").join(&id);
    if let Ok(bytes) = std::fs::read(&copy)
        && crate::seal::blob_id(&bytes) == id
    {
        return Ok(bytes);
    }
    let bytes = seal.shipped_file(workspace, exercise, file)?;
    // Only a cache: a failure to write it costs the next verdict a lookup.
    let _ = std::fs::create_dir_all(workspace.generated_dir().join("shipped"))
        .map(|()| crate::files::write_atomically(&copy, &bytes));
    Ok(bytes)
}

/// Compares `item` in the learner's file with the shipped file. `Ok(None)`
/// when it is kept; `Err` when the shipped file itself lacks it.
pub fn compare(
    item: &KeptItem,
    shipped: &syn::File,
    learner: &syn::File,
    shipped_path: &Path,
) -> Result<Option<Change>, NotShipped> {
    compare_item(item, shipped, learner, shipped_path, Fields::Whole)
}

/// How much of a type's fields a keep holds: a type named on its own is kept
/// as it is, private fields included; `api` keeps only what callers see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fields {
    Whole,
    Public,
}

fn compare_item(
    item: &KeptItem,
    shipped: &syn::File,
    learner: &syn::File,
    shipped_path: &Path,
    kept_fields: Fields,
) -> Result<Option<Change>, NotShipped> {
    let not_shipped = |what: String| NotShipped {
        path: shipped_path.display().to_string(),
        message: what,
    };
    let at = |span: proc_macro2::Span, message: String| Change {
        line: span.start().line,
        column: span.start().column + 1,
        message,
    };
    let file_start = learner
        .items
        .first()
        .map_or_else(proc_macro2::Span::call_site, Spanned::span);
    let gone = |what: &str| Some(at(file_start, format!("{what} is gone: the task keeps it")));
    Ok(match item {
        KeptItem::Api | KeptItem::Signatures => {
            let parts = public_items(shipped)
                .into_iter()
                .filter(|part| *item == KeptItem::Api || matches!(part, KeptItem::Function { .. }));
            for part in parts {
                if let Some(change) =
                    compare_item(&part, shipped, learner, shipped_path, Fields::Public)?
                {
                    return Ok(Some(change));
                }
            }
            None
        }
        KeptItem::Function { owner, name } => {
            let before = find_function(shipped, owner.as_deref(), name)
                .ok_or_else(|| not_shipped(format!("keep names `{item}`, which it lacks")))?;
            match find_function(learner, owner.as_deref(), name) {
                None => gone(&format!("`{item}`")),
                Some(after) => {
                    let (old, new) = (signature(before), signature(after));
                    (lifetimes_in_order(&old) != lifetimes_in_order(&new)).then(|| {
                        at(
                            after.span(),
                            format!(
                                "the signature of `{item}` changed: shipped `{old}`, now `{new}`"
                            ),
                        )
                    })
                }
            }
        }
        KeptItem::Type { name, .. } => {
            let before = find_type(shipped, name, kept_fields)
                .ok_or_else(|| not_shipped(format!("keep names `{item}`, which it lacks")))?;
            match find_type(learner, name, kept_fields) {
                None => gone(&format!("the type `{name}`")),
                Some(after) => compare_types(name, &before, &after).map(|m| at(after.span, m)),
            }
        }
        KeptItem::Trait(name) => {
            let before = find_trait(shipped, name)
                .ok_or_else(|| not_shipped(format!("keep names `{item}`, which it lacks")))?;
            match find_trait(learner, name) {
                None => gone(&format!("the trait `{name}`")),
                Some(after) => {
                    let (old, new) = (trait_shape(before), trait_shape(after));
                    (old != new).then(|| {
                        at(
                            after.ident.span(),
                            format!("the trait `{name}` changed: shipped `{old}`, now `{new}`"),
                        )
                    })
                }
            }
        }
        KeptItem::Impl { trait_, self_ty } => {
            let before = find_impl(shipped, trait_, self_ty)
                .ok_or_else(|| not_shipped(format!("keep names `{item}`, which it lacks")))?;
            match find_impl(learner, trait_, self_ty) {
                None => gone(&format!("`{item}`")),
                Some(after) => {
                    let (old, new) = (impl_header(before), impl_header(after));
                    (old != new).then(|| {
                        at(
                            after.impl_token.span,
                            format!("the header of `{item}` changed: shipped `{old}`, now `{new}`"),
                        )
                    })
                }
            }
        }
        KeptItem::Closed { name, except } => {
            if find_type(shipped, name, Fields::Whole).is_none() {
                return Err(not_shipped(format!("keep names `{item}`, which it lacks")));
            }
            let allowed = openings(shipped, name);
            openings(learner, name)
                .into_iter()
                .filter(|(form, _)| !except.iter().any(|t| opens_by(form, t)))
                .find(|(form, _)| {
                    !allowed
                        .iter()
                        .any(|(a, _)| lifetimes_in_order(a) == lifetimes_in_order(form))
                })
                .map(|(form, span)| {
                    at(
                        span,
                        format!("`{name}` is closed: the task opens no new way to build or change one, and `{form}` is new"),
                    )
                })
        }
    })
}

/// What `api` keeps: every public function, method, type and trait of the
/// file, and the header of every trait impl.
fn public_items(file: &syn::File) -> Vec<KeptItem> {
    let is_pub = |vis: &Visibility| matches!(vis, Visibility::Public(_));
    let mut items = Vec::new();
    for item in &file.items {
        match item {
            Item::Fn(f) if is_pub(&f.vis) => items.push(KeptItem::Function {
                owner: None,
                name: f.sig.ident.to_string(),
            }),
            Item::Struct(s) if is_pub(&s.vis) => items.push(KeptItem::Type {
                keyword: "struct".into(),
                name: s.ident.to_string(),
            }),
            Item::Enum(e) if is_pub(&e.vis) => items.push(KeptItem::Type {
                keyword: "enum".into(),
                name: e.ident.to_string(),
            }),
            Item::Trait(t) if is_pub(&t.vis) => items.push(KeptItem::Trait(t.ident.to_string())),
            Item::Impl(block) => match (&block.trait_, last_ident(&block.self_ty)) {
                (Some((path, _)), _) => {
                    if let Some(last) = path.segments.last() {
                        items.push(KeptItem::Impl {
                            trait_: last.ident.to_string(),
                            self_ty: tokens(&block.self_ty),
                        });
                    }
                }
                (None, Some(owner)) => {
                    for inner in &block.items {
                        if let ImplItem::Fn(method) = inner
                            && is_pub(&method.vis)
                        {
                            items.push(KeptItem::Function {
                                owner: Some(owner.clone()),
                                name: method.sig.ident.to_string(),
                            });
                        }
                    }
                }
                (None, None) => {}
            },
            _ => {}
        }
    }
    items
}

/// Tokens as one line, spaced as rustfmt would: `&'a str`, `Vec<u8>`.
fn tokens(node: &impl ToTokens) -> String {
    let mut text = squeeze(&node.to_token_stream().to_string()).replace(" -> ", "\u{0}");
    for (from, to) in [
        ("& ", "&"),
        (" <", "<"),
        ("< ", "<"),
        (" >", ">"),
        (" ,", ","),
        (" :: ", "::"),
        (":: ", "::"),
        (" ::", "::"),
        ("( ", "("),
        (" )", ")"),
        ("[ ", "["),
        (" ]", "]"),
        (" ;", ";"),
        (" :", ":"),
        ("! ", "!"),
    ] {
        text = text.replace(from, to);
    }
    text.replace('\u{0}', " -> ")
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn last_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        syn::Type::Reference(reference) => last_ident(&reference.elem),
        _ => None,
    }
}

fn find_function<'f>(
    file: &'f syn::File,
    owner: Option<&str>,
    name: &str,
) -> Option<&'f Signature> {
    file.items.iter().find_map(|item| match (item, owner) {
        (Item::Fn(function), None) if function.sig.ident == name => Some(&function.sig),
        (Item::Impl(block), Some(owner))
            if block.trait_.is_none() && last_ident(&block.self_ty).as_deref() == Some(owner) =>
        {
            block.items.iter().find_map(|item| match item {
                ImplItem::Fn(method) if method.sig.ident == name => Some(&method.sig),
                _ => None,
            })
        }
        (Item::Trait(tr), Some(owner)) if tr.ident == owner => {
            tr.items.iter().find_map(|item| match item {
                TraitItem::Fn(method) if method.sig.ident == name => Some(&method.sig),
                _ => None,
            })
        }
        _ => None,
    })
}

/// A signature as the caller sees it: parameter names and `mut` bindings
/// left out.
fn signature(sig: &Signature) -> String {
    let inputs: Vec<String> = sig
        .inputs
        .iter()
        .map(|input| match input {
            FnArg::Receiver(receiver) => {
                let mut receiver = receiver.clone();
                if matches!(receiver.kind, syn::ReceiverKind::Value) {
                    receiver.mutability = None;
                }
                receiver.attrs.clear();
                tokens(&receiver)
            }
            FnArg::Typed(typed) => tokens(&typed.ty),
        })
        .collect();
    let mut head = String::new();
    for part in [
        sig.constness.map(|_| "const"),
        sig.asyncness.map(|_| "async"),
        matches!(sig.safety, syn::Safety::Unsafe(_)).then_some("unsafe"),
    ]
    .into_iter()
    .flatten()
    {
        head.push_str(part);
        head.push(' ');
    }
    if let Some(abi) = &sig.abi {
        head.push_str(&tokens(abi));
        head.push(' ');
    }
    let generics = &sig.generics;
    let output = match &sig.output {
        syn::ReturnType::Default => String::new(),
        syn::ReturnType::Type(_, ty) => format!(" -> {}", tokens(ty)),
    };
    let where_clause = generics
        .where_clause
        .as_ref()
        .map(|w| format!(" {}", tokens(w)))
        .unwrap_or_default();
    format!(
        "{head}fn {}{}({}){output}{where_clause}",
        sig.ident,
        tokens(generics),
        inputs.join(", ")
    )
}

/// The signature with its lifetimes renamed in the order they appear, so
/// that `fn new(&'src str)` under `impl<'src>` keeps `fn new(&'a str)` under
/// `impl<'a>`: a name is no part of what a caller sees. `'static` and `'_`
/// keep theirs.
fn lifetimes_in_order(text: &str) -> String {
    let mut names: Vec<String> = Vec::new();
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\'' {
            out.push(c);
            continue;
        }
        let mut name = String::new();
        while let Some(&next) = chars.peek().filter(|n| n.is_alphanumeric() || **n == '_') {
            name.push(next);
            chars.next();
        }
        if name == "static" || name == "_" || name.is_empty() {
            out.push('\'');
            out.push_str(&name);
            continue;
        }
        let index = names.iter().position(|n| *n == name).unwrap_or_else(|| {
            names.push(name);
            names.len() - 1
        });
        out.push_str(&format!("'l{index}"));
    }
    out
}

struct TypeDef {
    vis: String,
    generics: String,
    body: String,
    derives: BTreeSet<String>,
    /// `repr` and `non_exhaustive`: they change what users may rely on.
    attrs: Vec<String>,
    span: proc_macro2::Span,
}

fn find_type(file: &syn::File, name: &str, kept_fields: Fields) -> Option<TypeDef> {
    file.items.iter().find_map(|item| {
        let (attrs, vis, generics, body, span) = match item {
            Item::Struct(s) if s.ident == name => (
                &s.attrs,
                &s.vis,
                &s.generics,
                fields(&s.fields, kept_fields),
                s.ident.span(),
            ),
            Item::Enum(e) if e.ident == name => {
                let variants: Vec<String> = e
                    .variants
                    .iter()
                    .map(|v| {
                        let discriminant = v
                            .discriminant
                            .as_ref()
                            .map(|(_, expr)| format!(" = {}", tokens(expr)))
                            .unwrap_or_default();
                        format!(
                            "{}{}{discriminant}",
                            v.ident,
                            fields(&v.fields, Fields::Whole)
                        )
                    })
                    .collect();
                (
                    &e.attrs,
                    &e.vis,
                    &e.generics,
                    format!("{{ {} }}", variants.join(", ")),
                    e.ident.span(),
                )
            }
            Item::Union(u) if u.ident == name => (
                &u.attrs,
                &u.vis,
                &u.generics,
                fields(&syn::Fields::Named(u.fields.clone()), kept_fields),
                u.ident.span(),
            ),
            _ => return None,
        };
        Some(TypeDef {
            vis: tokens(vis),
            generics: format!(
                "{}{}",
                tokens(generics),
                generics
                    .where_clause
                    .as_ref()
                    .map(|w| format!(" {}", tokens(w)))
                    .unwrap_or_default()
            ),
            body,
            derives: derives(attrs),
            attrs: attrs
                .iter()
                .filter(|a| a.path().is_ident("repr") || a.path().is_ident("non_exhaustive"))
                .map(tokens)
                .collect(),
            span,
        })
    })
}

/// Fields as the keep holds them. Seen as callers see them, a named field
/// that is private is the type's own business: only that there is one counts
/// (it stops callers building the type with a literal), not its name or
/// type. Tuple fields are kept whole, since their positions are how callers
/// reach them.
fn fields(fields: &syn::Fields, kept: Fields) -> String {
    let shown = |field: &syn::Field| {
        let vis = tokens(&field.vis);
        let vis = if vis.is_empty() {
            vis
        } else {
            format!("{vis} ")
        };
        match &field.ident {
            Some(name) => format!("{vis}{name}: {}", tokens(&field.ty)),
            None => format!("{vis}{}", tokens(&field.ty)),
        }
    };
    match fields {
        syn::Fields::Named(named) if kept == Fields::Whole => format!(
            " {{ {} }}",
            named.named.iter().map(shown).collect::<Vec<_>>().join(", ")
        ),
        syn::Fields::Named(named) => {
            let mut list: Vec<String> = named
                .named
                .iter()
                .filter(|field| !matches!(field.vis, Visibility::Inherited))
                .map(shown)
                .collect();
            list.sort();
            if named
                .named
                .iter()
                .any(|field| matches!(field.vis, Visibility::Inherited))
            {
                list.push("..".into());
            }
            format!(" {{ {} }}", list.join(", "))
        }
        syn::Fields::Unnamed(unnamed) => format!(
            "({})",
            unnamed
                .unnamed
                .iter()
                .map(shown)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        syn::Fields::Unit => String::new(),
    }
}

fn derives(attrs: &[syn::Attribute]) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let _ = attr.parse_nested_meta(|meta| {
            if let Some(last) = meta.path.segments.last() {
                found.insert(last.ident.to_string());
            }
            Ok(())
        });
    }
    found
}

fn compare_types(name: &str, before: &TypeDef, after: &TypeDef) -> Option<String> {
    if before.vis != after.vis {
        return Some(format!(
            "the visibility of `{name}` changed: shipped `{}`, now `{}`",
            before.vis, after.vis
        ));
    }
    if before.generics != after.generics {
        return Some(format!(
            "the generics of `{name}` changed: shipped `{}`, now `{}`",
            before.generics, after.generics
        ));
    }
    if before.body != after.body {
        return Some(format!(
            "the fields of `{name}` changed: shipped `{}`, now `{}`",
            before.body.trim(),
            after.body.trim()
        ));
    }
    let dropped: Vec<&String> = before.derives.difference(&after.derives).collect();
    if !dropped.is_empty() {
        let list: Vec<String> = dropped.iter().map(|d| format!("`{d}`")).collect();
        return Some(format!(
            "`{name}` no longer derives {}: the task keeps its derived traits",
            list.join(", ")
        ));
    }
    (before.attrs != after.attrs).then(|| {
        format!(
            "the attributes of `{name}` changed: shipped `{}`, now `{}`",
            before.attrs.join(" "),
            after.attrs.join(" ")
        )
    })
}

fn find_trait<'f>(file: &'f syn::File, name: &str) -> Option<&'f syn::ItemTrait> {
    file.items.iter().find_map(|item| match item {
        Item::Trait(tr) if tr.ident == name => Some(tr),
        _ => None,
    })
}

/// A trait's header and its items' signatures, bodies left out.
fn trait_shape(tr: &syn::ItemTrait) -> String {
    let supertraits = if tr.supertraits.is_empty() {
        String::new()
    } else {
        format!(": {}", tokens(&tr.supertraits))
    };
    let mut items: Vec<String> = tr
        .items
        .iter()
        .map(|item| match item {
            TraitItem::Fn(method) => format!("{};", signature(&method.sig)),
            TraitItem::Type(ty) => {
                let mut ty = ty.clone();
                ty.attrs.clear();
                ty.default = None;
                tokens(&ty)
            }
            TraitItem::Const(c) => {
                let mut c = c.clone();
                c.attrs.clear();
                c.default = None;
                tokens(&c)
            }
            other => tokens(other),
        })
        .collect();
    items.sort();
    format!(
        "{} {}trait {}{}{supertraits}{} {{ {} }}",
        tokens(&tr.vis),
        tr.unsafety.map(|_| "unsafe ").unwrap_or_default(),
        tr.ident,
        tokens(&tr.generics),
        tr.generics
            .where_clause
            .as_ref()
            .map(|w| format!(" {}", tokens(w)))
            .unwrap_or_default(),
        items.join(" ")
    )
    .trim()
    .to_string()
}

fn find_impl<'f>(file: &'f syn::File, trait_: &str, self_ty: &str) -> Option<&'f syn::ItemImpl> {
    file.items.iter().find_map(|item| match item {
        Item::Impl(block)
            if block
                .trait_
                .as_ref()
                .and_then(|(path, _)| path.segments.last())
                .is_some_and(|s| s.ident == trait_)
                && squeeze(&tokens(&block.self_ty)).replace(' ', "")
                    == self_ty.replace(' ', "") =>
        {
            Some(block)
        }
        _ => None,
    })
}

fn impl_header(block: &syn::ItemImpl) -> String {
    let trait_ = block
        .trait_
        .as_ref()
        .map(|(path, _)| {
            let negative = if block.modifiers.polarity.is_some() {
                "!"
            } else {
                ""
            };
            format!("{negative}{} for ", tokens(path))
        })
        .unwrap_or_default();
    let where_clause = block
        .generics
        .where_clause
        .as_ref()
        .map(|w| format!(" {}", tokens(w)))
        .unwrap_or_default();
    format!(
        "{}impl{} {trait_}{}{where_clause}",
        block.unsafety.map(|_| "unsafe ").unwrap_or_default(),
        tokens(&block.generics),
        tokens(&block.self_ty)
    )
}

/// Every public way to build, reach into or change a `name`: its derives,
/// its public fields, the public items of its inherent impls, the impls of
/// traits for it, and public free functions that return one.
/// Whether an opening is the derive or an impl of `trait_name`.
fn opens_by(form: &str, trait_name: &str) -> bool {
    form == format!("#[derive({trait_name})]")
        || form
            .strip_prefix("impl")
            .and_then(|rest| rest.split(" for ").next())
            .is_some_and(|head| {
                let head = head.trim();
                // `impl<'a> Iterator<Item = ...>` or `impl Iterator`
                let trait_part = match head.strip_prefix('<') {
                    Some(_) => head.rsplit_once('>').map_or(head, |(_, t)| t).trim(),
                    None => head,
                };
                let path = trait_part.split('<').next().unwrap_or(trait_part);
                path.rsplit("::")
                    .next()
                    .is_some_and(|last| last.trim() == trait_name)
            })
}

/// Traits that only read or compare a value: deriving or implementing one
/// builds or changes nothing.
fn reads_only(trait_name: &str) -> bool {
    matches!(
        trait_name,
        "Debug" | "Display" | "PartialEq" | "Eq" | "PartialOrd" | "Ord" | "Hash"
    )
}

fn openings(file: &syn::File, name: &str) -> Vec<(String, proc_macro2::Span)> {
    let mut found = Vec::new();
    let is_pub = |vis: &Visibility| matches!(vis, Visibility::Public(_));
    let mentions = |node: &dyn ToTokens| {
        node.to_token_stream()
            .into_iter()
            .any(|tree| mentions_ident(&tree, name))
    };
    // A function that returns one, or takes one to change.
    let reaches = |sig: &Signature| {
        mentions(&sig.output)
            || sig.inputs.iter().any(|input| match input {
                FnArg::Typed(typed) => match &*typed.ty {
                    syn::Type::Reference(reference) => {
                        reference.mutability.is_some() && mentions(&reference.elem)
                    }
                    _ => false,
                },
                FnArg::Receiver(_) => false,
            })
    };
    for item in &file.items {
        match item {
            Item::Struct(s) if s.ident == name => {
                for derive in derives(&s.attrs).into_iter().filter(|d| !reads_only(d)) {
                    found.push((format!("#[derive({derive})]"), s.ident.span()));
                }
                for (index, field) in s.fields.iter().enumerate() {
                    if is_pub(&field.vis) {
                        let field_name = field
                            .ident
                            .as_ref()
                            .map_or_else(|| index.to_string(), ToString::to_string);
                        found.push((format!("pub field `{field_name}`"), field.span()));
                    }
                }
            }
            Item::Enum(e) if e.ident == name => {
                for derive in derives(&e.attrs).into_iter().filter(|d| !reads_only(d)) {
                    found.push((format!("#[derive({derive})]"), e.ident.span()));
                }
            }
            Item::Impl(block) if last_ident(&block.self_ty).as_deref() == Some(name) => {
                if let Some((path, _)) = &block.trait_ {
                    let reads = path
                        .segments
                        .last()
                        .is_some_and(|last| reads_only(&last.ident.to_string()));
                    if !reads {
                        found.push((impl_header(block), block.impl_token.span));
                    }
                } else {
                    for inner in &block.items {
                        match inner {
                            // By name: a kept method whose receiver or
                            // types change opens nothing new.
                            ImplItem::Fn(method) if is_pub(&method.vis) => found.push((
                                format!("{} {{ pub fn {} }}", impl_header(block), method.sig.ident),
                                method.sig.ident.span(),
                            )),
                            ImplItem::Const(c) if is_pub(&c.vis) => found.push((
                                format!("{} {{ pub const {} }}", impl_header(block), c.ident),
                                c.ident.span(),
                            )),
                            _ => {}
                        }
                    }
                }
            }
            // A blanket impl reaches the type too.
            Item::Impl(block)
                if block.trait_.is_some()
                    && matches!(&*block.self_ty, syn::Type::Path(p) if p.path.segments.len() == 1
                        && block.generics.type_params().any(|t| p.path.is_ident(&t.ident))) =>
            {
                found.push((impl_header(block), block.impl_token.span));
            }
            Item::Impl(block) if block.trait_.is_some() && mentions(&block.self_ty) => {
                found.push((impl_header(block), block.impl_token.span));
            }
            Item::Fn(function) if is_pub(&function.vis) && reaches(&function.sig) => {
                found.push((
                    format!("pub {}", signature(&function.sig)),
                    function.sig.ident.span(),
                ));
            }
            // Another type's method can hand one out or change one too.
            Item::Impl(block) if block.trait_.is_none() => {
                for inner in &block.items {
                    if let ImplItem::Fn(method) = inner
                        && is_pub(&method.vis)
                        && reaches(&method.sig)
                    {
                        found.push((
                            format!("{} {{ pub fn {} }}", impl_header(block), method.sig.ident),
                            method.sig.ident.span(),
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    found
}

fn mentions_ident(tree: &proc_macro2::TokenTree, name: &str) -> bool {
    match tree {
        proc_macro2::TokenTree::Ident(ident) => ident == name,
        proc_macro2::TokenTree::Group(group) => {
            group.stream().into_iter().any(|t| mentions_ident(&t, name))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(item: &str, shipped: &str, learner: &str) -> Option<String> {
        let item = KeptItem::parse(item).expect("an item");
        let shipped = syn::parse_file(shipped).expect("shipped parses");
        let learner = syn::parse_file(learner).expect("learner parses");
        compare(&item, &shipped, &learner, Path::new("src/lib.rs"))
            .expect("shipped holds it")
            .map(|c| c.message)
    }

    #[test]
    fn items_parse_strictly() {
        assert_eq!(
            KeptItem::parse("fn Meters::new"),
            Some(KeptItem::Function {
                owner: Some("Meters".into()),
                name: "new".into()
            })
        );
        assert_eq!(
            KeptItem::parse("impl Describe for T"),
            Some(KeptItem::Impl {
                trait_: "Describe".into(),
                self_ty: "T".into()
            })
        );
        for bad in [
            "fn",
            "fn a b",
            "struct",
            "mod x",
            "impl X",
            "closed a::b",
            "",
        ] {
            assert_eq!(KeptItem::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_signature_is_kept_whatever_the_parameter_names_and_bodies() {
        let shipped = "pub fn name(words: &str) -> String { todo!() }";
        assert_eq!(
            change(
                "fn name",
                shipped,
                "pub fn name(mut w: &str) -> String { w.to_string() }"
            ),
            None
        );
        let changed = change(
            "fn name",
            shipped,
            "pub fn name(w: &str) -> &'static str { \"\" }",
        )
        .expect("the return type changed");
        assert_eq!(
            changed,
            "the signature of `fn name` changed: shipped `fn name(&str) -> String`, now `fn name(&str) -> &'static str`"
        );
        assert!(
            change("fn name", shipped, "pub fn other() {}")
                .unwrap()
                .contains("is gone")
        );
    }

    #[test]
    fn lifetime_names_are_no_part_of_a_signature() {
        let shipped = "pub struct T<'a> { s: &'a str }\n\
                       impl<'a> T<'a> { pub fn new(s: &'a str) -> Self { T { s } } }";
        let renamed = shipped.replace("'a", "'src");
        assert_eq!(change("fn T::new", shipped, &renamed), None);
        let loosened = shipped.replace("pub fn new(s: &'a str)", "pub fn new(s: &'static str)");
        assert!(change("fn T::new", shipped, &loosened).is_some());
        assert_eq!(
            lifetimes_in_order("fn f<'x, 'y>(&'x str, &'y str) -> &'x str"),
            "fn f<'l0, 'l1>(&'l0 str, &'l1 str) -> &'l0 str"
        );
    }

    #[test]
    fn a_receiver_is_part_of_a_method_signature() {
        let shipped = "struct A; impl A { pub fn get(&self) -> u8 { 0 } }";
        assert_eq!(
            change(
                "fn A::get",
                shipped,
                "struct A; impl A { pub fn get(&self) -> u8 { 1 } }"
            ),
            None
        );
        assert!(
            change(
                "fn A::get",
                shipped,
                "struct A; impl A { pub fn get(&mut self) -> u8 { 1 } }"
            )
            .is_some()
        );
        let by_value = "struct A; impl A { pub fn take(self) {} }";
        assert_eq!(
            change(
                "fn A::take",
                by_value,
                "struct A; impl A { pub fn take(mut self) {} }"
            ),
            None
        );
    }

    #[test]
    fn a_type_keeps_fields_visibility_and_derives() {
        let shipped = "#[derive(Debug, PartialEq, Eq)] pub struct Tag { name: String }";
        assert_eq!(
            change(
                "struct Tag",
                shipped,
                "#[derive(Debug, Clone, PartialEq, Eq)] pub struct Tag { name: String }"
            ),
            None
        );
        assert!(
            change(
                "struct Tag",
                shipped,
                "#[derive(Debug, PartialEq)] pub struct Tag { name: String }"
            )
            .unwrap()
            .contains("no longer derives `Eq`")
        );
        assert!(
            change(
                "struct Tag",
                shipped,
                "#[derive(Debug, PartialEq, Eq)] pub struct Tag { pub name: String }"
            )
            .unwrap()
            .contains("the fields of `Tag` changed")
        );
    }

    #[test]
    fn a_trait_and_an_impl_header_are_kept() {
        let shipped = "pub trait Shape { fn area(&self) -> f64; fn name(&self) -> String { todo!() } }\n\
                       impl<T: std::fmt::Display> Describe for T {}";
        let same = "pub trait Shape { fn name(&self) -> String { \"x\".into() } fn area(&self) -> f64; }\n\
                    impl<T: std::fmt::Display> Describe for T { }";
        assert_eq!(change("trait Shape", shipped, same), None);
        assert_eq!(change("impl Describe for T", shipped, same), None);
        let static_super =
            "pub trait Shape: 'static { fn area(&self) -> f64; fn name(&self) -> String; }";
        assert!(change("trait Shape", shipped, static_super).is_some());
        let extra_bound = "impl<T: std::fmt::Display + Clone> Describe for T {}";
        assert!(
            change("impl Describe for T", shipped, extra_bound)
                .unwrap()
                .contains("header")
        );
    }

    #[test]
    fn a_closed_type_refuses_new_ways_in() {
        let shipped = "pub struct Email(String);\n\
                       impl Email { pub fn parse(s: &str) -> Option<Email> { todo!() } fn check() {} }\n\
                       impl std::fmt::Display for Email { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { todo!() } }";
        let kept = "pub struct Email(String);\n\
                    impl Email { pub fn parse(text: &str) -> Option<Email> { Some(Email(text.into())) } fn helper(&self) {} }\n\
                    impl std::fmt::Display for Email { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { Ok(()) } }";
        assert_eq!(change("closed Email", shipped, kept), None);
        for opened in [
            "pub struct Email(pub String);",
            "#[derive(Default)] pub struct Email(String);",
            "pub struct Email(String); impl Email { pub fn as_mut_string(&mut self) -> &mut String { &mut self.0 } }",
            "pub struct Email(String); impl From<String> for Email { fn from(s: String) -> Self { Email(s) } }",
            "pub struct Email(String); pub fn make() -> Email { Email(String::new()) }",
            "pub struct Email(String); impl<T: Into<String>> Wrap for T {}",
        ] {
            let message = change("closed Email", shipped, opened);
            assert!(
                message.as_deref().is_some_and(|m| m.contains("is closed")),
                "{opened}: {message:?}"
            );
        }
    }

    #[test]
    fn another_types_method_cannot_hand_out_or_change_a_closed_type() {
        let shipped = "pub struct Id(usize);\npub struct Graph;\n\
                       impl Graph { pub fn add(&mut self) -> Id { Id(0) } }";
        assert_eq!(change("closed Id", shipped, shipped), None);
        let made_up = shipped.replace(
            "pub fn add(&mut self) -> Id { Id(0) } }",
            "pub fn add(&mut self) -> Id { Id(0) } pub fn id_at(&self, i: usize) -> Id { Id(i) } }",
        );
        assert!(change("closed Id", shipped, &made_up).is_some_and(|m| m.contains("id_at")));
        let changed = format!("{shipped}\npub fn bump(id: &mut Id) {{ id.0 += 1; }}");
        assert!(change("closed Id", shipped, &changed).is_some_and(|m| m.contains("bump")));
        let read = format!("{shipped}\npub fn show(id: &Id) -> String {{ id.0.to_string() }}");
        assert_eq!(change("closed Id", shipped, &read), None);
    }

    #[test]
    fn a_closed_type_may_take_the_traits_it_excepts() {
        let shipped = "pub struct Tok<'a> { rest: &'a str }\n\
                       impl<'a> Tok<'a> { pub fn next_token(&mut self) -> Option<&str> { None } }";
        let iterator = format!(
            "#[derive(Clone)]\n{}\nimpl<'a> Iterator for Tok<'a> {{ type Item = &'a str; fn next(&mut self) -> Option<&'a str> {{ None }} }}",
            shipped
        );
        let item = "closed Tok except Iterator Clone";
        assert_eq!(change(item, shipped, &iterator), None);
        assert!(change("closed Tok", shipped, &iterator).is_some());
        let seek = shipped.replace(
            "pub fn next_token",
            "pub fn seek(&mut self, at: usize) { self.rest = &self.rest[at..]; } pub fn next_token",
        );
        assert!(change(item, shipped, &seek).is_some_and(|m| m.contains("seek")));
        assert_eq!(
            KeptItem::parse(item).map(|k| k.to_string()).as_deref(),
            Some(item)
        );
    }

    #[test]
    fn a_closed_type_may_compare_and_change_receivers() {
        let shipped = "#[derive(Clone, Copy)] pub struct Handle { fd: u32 }\n\
                       impl Handle { pub fn fd(self) -> u32 { self.fd } }";
        let fixed = "#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Hash)] pub struct Handle { fd: u32 }\n\
                     impl Handle { pub fn fd(&self) -> u32 { self.fd } }\n\
                     impl std::fmt::Display for Handle { fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { write!(f, \"{}\", self.fd) } }";
        assert_eq!(change("closed Handle", shipped, fixed), None);
        let opened = fixed.replace(
            "pub fn fd(&self)",
            "pub fn share(&self) -> Handle { Handle { fd: self.fd } } pub fn fd(&self)",
        );
        assert!(
            change("closed Handle", shipped, &opened).is_some_and(|m| m.contains("pub fn share")),
        );
    }

    #[test]
    fn the_api_keeps_every_public_item() {
        let shipped = "pub struct Bank { accounts: Vec<u64> }\n\
                       impl Bank { pub fn deposit(&self, n: u64) {} fn helper() {} }\n\
                       impl Default for Bank { fn default() -> Self { todo!() } }\n\
                       pub fn open() -> Bank { todo!() }";
        let kept = "pub struct Bank { accounts: Vec<u64> }\n\
                    impl Bank { pub fn deposit(&self, amount: u64) {} pub fn extra(&self) {} }\n\
                    impl Default for Bank { fn default() -> Self { Bank { accounts: vec![] } } }\n\
                    pub fn open() -> Bank { Bank::default() }";
        assert_eq!(change("api", shipped, kept), None);
        let mut_receiver = kept.replace("pub fn deposit(&self", "pub fn deposit(&mut self");
        assert!(
            change("api", shipped, &mut_receiver)
                .unwrap()
                .contains("`fn Bank::deposit`")
        );
        let no_default = kept.replace(
            "impl Default for Bank { fn default() -> Self { Bank { accounts: vec![] } } }",
            "",
        );
        assert!(
            change("api", shipped, &no_default)
                .unwrap()
                .contains("`impl Default for Bank` is gone")
        );
    }

    #[test]
    fn signatures_keep_every_public_function_and_free_the_types() {
        let shipped = "pub struct Route { hits: u64 }\n\
                       impl Route { pub fn record_hit(&self) {} pub fn hits(&self) -> u64 { 0 } }\n\
                       pub fn busiest(routes: &[Route]) -> Option<&Route> { None }";
        let inside_changed = shipped.replace("hits: u64", "hits: std::cell::Cell<u64>");
        assert_eq!(change("signatures", shipped, &inside_changed), None);
        assert_eq!(
            change("api", shipped, &inside_changed),
            None,
            "a private field is the type's own business"
        );
        assert!(
            change("struct Route", shipped, &inside_changed).is_some(),
            "a type kept on its own keeps its private fields"
        );
        let opened = shipped.replace("hits: u64", "pub hits: u64");
        assert!(
            change("api", shipped, &opened)
                .unwrap()
                .contains("the fields of `Route` changed"),
            "api keeps the public fields"
        );
        let receiver = shipped.replace("record_hit(&self)", "record_hit(&mut self)");
        assert!(
            change("signatures", shipped, &receiver)
                .unwrap()
                .contains("`fn Route::record_hit`")
        );
        let free = shipped.replace("-> Option<&Route>", "-> Option<Route>");
        assert!(
            change("signatures", shipped, &free)
                .unwrap()
                .contains("`fn busiest`")
        );
    }

    #[test]
    fn what_the_shipped_file_lacks_is_an_authoring_error() {
        let shipped = syn::parse_file("pub fn a() {}").unwrap();
        let item = KeptItem::parse("fn b").unwrap();
        let error = compare(&item, &shipped, &shipped, Path::new("src/lib.rs")).unwrap_err();
        assert_eq!(
            error.to_string(),
            "src/lib.rs: keep names `fn b`, which it lacks"
        );
    }
}
