// Calling the tuple-struct constructor directly skips validation.
use orphan_newtype_03_validated_email_newtype::Email;

fn main() {
    let fake = Email(String::from("not an email")); //~ ERROR E0423
    println!("{fake}");
}
