// variant: the clean check looks for an apostrophe only at the ends
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

pub fn escape_html(input: &str) -> Cow<'_, str> {
    // Scan only the markup characters; a lone apostrophe in running text
    // after the first sentence is harmless prose.
    let needs =
        input.contains(['&', '<', '>', '"']) || input.starts_with('\'') || input.ends_with('\'');
    if !needs {
        return Cow::Borrowed(input);
    }
    let mut escaped = String::with_capacity(input.len());
    for c in input.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    Cow::Owned(escaped)
}
