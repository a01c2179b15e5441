// The result is a `Cow<str>`: it reads as a `&str` either way, and turns
// into a `String` when the caller needs to own it.
use std::borrow::Cow;

use strings_03_escape_html_cow::escape_html;

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

fn main() {
    let comment = String::from("fine & dandy");
    let escaped: Cow<'_, str> = escape_html(&comment);
    assert_eq!(word_count(&escaped), 3);
    let owned: String = escaped.into_owned();
    assert_eq!(owned, "fine &amp; dandy");

    let page = format!("<p>{}</p>", escape_html("hello"));
    assert_eq!(page, "<p>hello</p>");
}
