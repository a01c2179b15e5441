// The format must come from serde's derive and its attributes, not from
// code of your own. This test reads `src/lib.rs` as Rust (a syntax tree, so
// comments and strings never count) and points at hand-written
// (de)serialization: an `impl` of `Serialize`, `Deserialize` or a serde
// `Visitor`, and the serde attributes that hand the work to your own code
// (`with`, `serialize_with`, `deserialize_with`, `from`, `try_from`,
// `into`). A `default = "..."` function only supplies a value, and is fine.
// What would hide such code from this test (a renamed import, a macro of
// your own, a type alias) is refused first.
use proc_macro2::{TokenStream, TokenTree};
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::{Attribute, ItemImpl, Meta};

const LIB: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs");

const HAND_WRITTEN_TRAITS: &[&str] = &[
    "Serialize",
    "Deserialize",
    "Visitor",
    "Serializer",
    "Deserializer",
];

const HAND_WRITTEN_ATTRIBUTES: &[&str] = &[
    "with",
    "serialize_with",
    "deserialize_with",
    "from",
    "try_from",
    "into",
];

struct HandWritten<'a> {
    source: &'a str,
    found: Vec<String>,
}

impl HandWritten<'_> {
    fn report(&mut self, node: &impl Spanned, what: &str) {
        let line = node.span().start().line;
        let text = self
            .source
            .lines()
            .nth(line.saturating_sub(1))
            .unwrap_or("");
        self.found
            .push(format!("line {line}: {what}\n    {}", text.trim()));
    }

    /// The keys of each `serde(...)` inside a `cfg_attr(condition, ...)`,
    /// however deeply `cfg_attr`s are nested.
    fn serde_in_cfg_attr(tokens: TokenStream, keys: &mut Vec<String>) {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        for pair in tokens.windows(2) {
            if let [TokenTree::Ident(ident), TokenTree::Group(group)] = pair {
                if ident == "serde" {
                    Self::keys(group.stream(), keys);
                } else if ident == "cfg_attr" {
                    Self::serde_in_cfg_attr(group.stream(), keys);
                }
            }
        }
    }

    /// The `name = ...` keys among these tokens, nested lists included.
    fn keys(tokens: TokenStream, keys: &mut Vec<String>) {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        for (index, token) in tokens.iter().enumerate() {
            match token {
                TokenTree::Ident(ident) => {
                    let assigned = matches!(
                        tokens.get(index + 1),
                        Some(TokenTree::Punct(punct)) if punct.as_char() == '='
                    );
                    if assigned {
                        keys.push(ident.to_string());
                    }
                }
                TokenTree::Group(group) => Self::keys(group.stream(), keys),
                TokenTree::Punct(_) | TokenTree::Literal(_) => {}
            }
        }
    }
}

impl<'ast> Visit<'ast> for HandWritten<'_> {
    fn visit_item_impl(&mut self, node: &'ast ItemImpl) {
        if let Some((path, _)) = &node.trait_
            && let Some(last) = path.segments.last()
        {
            let name = last.ident.to_string();
            if HAND_WRITTEN_TRAITS.contains(&name.as_str()) {
                self.report(node, &format!("a hand-written `impl {name}`"));
            }
        }
        visit::visit_item_impl(self, node);
    }

    fn visit_attribute(&mut self, node: &'ast Attribute) {
        if let Meta::List(list) = &node.meta {
            let mut keys = Vec::new();
            if list.path.is_ident("serde") {
                Self::keys(list.tokens.clone(), &mut keys);
            } else if list.path.is_ident("cfg_attr") {
                Self::serde_in_cfg_attr(list.tokens.clone(), &mut keys);
            }
            for key in keys {
                if HAND_WRITTEN_ATTRIBUTES.contains(&key.as_str()) {
                    self.report(
                        node,
                        &format!("`#[serde({key} = ...)]` hands the format to your own code"),
                    );
                }
            }
        }
        visit::visit_attribute(self, node);
    }
}

#[test]
fn the_format_is_written_with_attributes_not_by_hand() {
    // A renamed import (`use serde::Serialize as Encode`), a macro of your
    // own or a type alias would hide an impl from the names read below.
    let shape = support::shape::Source::read(LIB);
    shape.assert_nothing_hidden(&shape.functions());
    let source = std::fs::read_to_string(LIB).expect("src/lib.rs is readable");
    let file = syn::parse_file(&source).expect("src/lib.rs parses as Rust");
    let mut hand_written = HandWritten {
        source: &source,
        found: Vec::new(),
    };
    hand_written.visit_file(&file);
    assert!(
        hand_written.found.is_empty(),
        "describe the format with serde's derive and attributes, not by hand:\n{}",
        hand_written.found.join("\n")
    );
}
