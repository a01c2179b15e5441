// `Default` would hand out an `Email` that `parse` never accepted: an empty
// address.
use orphan_newtype_03_validated_email_newtype::Email;

fn main() {
    let fake = Email::default(); //~ ERROR E0599
    println!("{fake}");
}
