// `before_marker` borrows only from `text`: the marker may be gone while the
// result is still in use. And `longest_of_two` takes literals and `&String`.
use lifetimes_01_longest_of_two::{before_marker, longest_of_two};

fn main() {
    let text = String::from("key=value");
    let key;
    {
        let marker = String::from("=");
        key = before_marker(&text, &marker);
    } // `marker` is dropped here; `key` still points into `text`.
    assert_eq!(key, "key");

    let owned = String::from("borrowed");
    assert_eq!(longest_of_two(&owned, "own"), "borrowed");
    assert_eq!(longest_of_two("literal", "str"), "literal");
}
