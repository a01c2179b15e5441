// Reaching into a valid `Email` to replace its text skips validation too.
use orphan_newtype_03_validated_email_newtype::Email;

fn main() {
    let mut email = Email::parse("ada@example.com").expect("valid address");
    email.0 = String::from("no at sign"); //~ ERROR E0616
    println!("{email}");
}
