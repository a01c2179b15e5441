// Shared text is text too: an infallible conversion from it is the same back
// door as `From<String>`.
use std::rc::Rc;
use std::sync::Arc;

use orphan_newtype_03_validated_email_newtype::Email;

fn main() {
    let shared = Email::from(Arc::<str>::from("@@@")); //~ ERROR E0308|E0277
    let counted = Email::from(Rc::<str>::from("@@@")); //~ ERROR E0308|E0277
    let owned = Email::from(Arc::new(String::from("@@@"))); //~ ERROR E0308|E0277
    println!("{shared} {counted} {owned}");
}
