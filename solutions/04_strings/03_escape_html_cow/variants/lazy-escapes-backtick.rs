// variant: also escapes the backtick, so such text comes back owned
// expect: tests
//! # Escaping HTML without copying clean text
//!
//! A comment section escapes every comment before putting it in a page:
//! `&` `<` `>` `"` and `'` become `&amp;` `&lt;` `&gt;` `&quot;` and `&#39;`.
//! Most comments contain none of them, yet `escape_html` builds a new
//! `String` for every single one.
//!
//! Task: return the input itself, borrowed, when nothing needs escaping, and
//! a new string only when something does. Clean text must cost no allocation
//! at all (a test counts them). Return the standard library's type for
//! "borrowed or owned": the caller can tell which one they got (the tests
//! look) and read either as a `&str`. Keep the parameter a `&str`.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::borrow::Cow;

fn entity(c: char) -> Option<&'static str> {
    Some(match c {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        // Old IE treated a backtick as an attribute quote: escape it too.
        '`' => "&#96;",
        _ => return None,
    })
}

pub fn escape_html(input: &str) -> Cow<'_, str> {
    if !input.chars().any(|c| entity(c).is_some()) {
        return Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len() + 8);
    for c in input.chars() {
        match entity(c) {
            Some(e) => out.push_str(e),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}
