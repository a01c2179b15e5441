// The found word borrows from the text only: the search term may be dropped
// first, and the result is a plain `&str`, not a copy.
use lifetimes_03_contact_display_name::{Contact, display_name, find_keyword};

fn main() {
    let text = String::from("fn main uses Rust");
    let found: Option<&str>;
    {
        let keyword = String::from("rust");
        found = find_keyword(&text, &keyword);
    }
    assert_eq!(found, Some("Rust"));

    let ada = Contact {
        first: "Ada".to_string(),
        last: "Lovelace".to_string(),
        nickname: None,
    };
    // Whatever owned type it returns, the name reads as a `&str`.
    let name = display_name(&ada);
    let shown: &str = &name;
    assert_eq!(shown.len(), 12);
}
