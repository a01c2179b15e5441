// A valid `Email` must stay valid: if a `&mut String` reaches callers (through
// `DerefMut`, say), they can empty or rewrite the address.
use orphan_newtype_03_validated_email_newtype::Email;

fn main() {
    let mut email = Email::parse("ada@example.com").expect("valid address");
    email.clear(); //~ ERROR E0599|E0596
    println!("{email}");
}
