// variant: starts borrowed and turns owned with to_mut at the first special character

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

pub fn escape_html<'a>(input: &'a str) -> Cow<'a, str> {
    let mut result = Cow::Borrowed(input);
    for (index, c) in input.char_indices() {
        let escape = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            _ => {
                if let Cow::Owned(escaped) = &mut result {
                    escaped.push(c);
                }
                continue;
            }
        };
        if let Cow::Borrowed(_) = result {
            result = Cow::Owned(input[..index].to_string());
        }
        result.to_mut().push_str(escape);
    }
    result
}
