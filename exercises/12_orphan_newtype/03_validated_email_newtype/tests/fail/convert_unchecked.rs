// An infallible conversion from any `String` is a back door: a conversion
// that can fail belongs in `TryFrom`, or in `parse`.
use orphan_newtype_03_validated_email_newtype::Email;

fn main() {
    let fake = Email::from(String::from("@@@")); //~ ERROR E0308|E0277
    println!("{fake}");
}
