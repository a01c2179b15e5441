// variant: checks first, then chains replace calls with the ampersand first

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
    if !input.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(input);
    }
    Cow::Owned(
        input
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;"),
    )
}
