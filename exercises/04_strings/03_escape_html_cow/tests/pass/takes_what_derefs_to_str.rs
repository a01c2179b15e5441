// The parameter is a `&str`: a caller's own type that derefs to `str` is
// passed as it is, by deref coercion, without implementing any other trait.
use std::ops::Deref;

use strings_03_escape_html_cow::escape_html;

struct Comment {
    text: String,
}

impl Deref for Comment {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

fn main() {
    let comment = Comment {
        text: String::from("plain text"),
    };
    let escaped = escape_html(&comment);
    assert_eq!(&*escaped, "plain text");
}
