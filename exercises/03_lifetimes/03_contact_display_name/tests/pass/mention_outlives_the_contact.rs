// The mention borrows from the message only: the contact may be dropped
// first, and the result is a plain `&str`, not a copy.
use lifetimes_03_contact_display_name::{Contact, display_name};

fn main() {
    let message = String::from("see you tomorrow Ada");
    let found: Option<&str>;
    {
        let ada = Contact {
            first: "ada".to_string(),
            last: "Lovelace".to_string(),
            nickname: None,
        };
        found = ada.mentioned_in(&message);
        // Whatever owned type it returns, the name reads as a `&str`.
        let name = display_name(&ada);
        let shown: &str = &name;
        assert_eq!(shown, "ada Lovelace");
    } // `ada` is dropped here; `found` points into `message`.
    assert_eq!(found, Some("Ada"));
}
