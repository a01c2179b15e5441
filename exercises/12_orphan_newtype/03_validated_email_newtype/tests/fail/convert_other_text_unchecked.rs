// Text comes in other types than `String`: an infallible conversion from any
// of them is the same back door as `From<String>`.
use std::borrow::Cow;

use orphan_newtype_03_validated_email_newtype::Email;

fn main() {
    let boxed = Email::from(Box::<str>::from("@@@")); //~ ERROR E0308|E0277
    let cow = Email::from(Cow::Borrowed("@@@")); //~ ERROR E0308|E0277
    let borrowed = Email::from(&String::from("@@@")); //~ ERROR E0308|E0277
    println!("{boxed} {cow} {borrowed}");
}
