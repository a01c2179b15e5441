// No `&mut` access to the text through a trait either: `AsMut`, `BorrowMut`
// and `Extend` would let callers empty or rewrite a valid address.
use std::borrow::BorrowMut;

use orphan_newtype_03_validated_email_newtype::Email;

fn main() {
    let mut email = Email::parse("ada@example.com").expect("valid address");
    AsMut::<String>::as_mut(&mut email).clear(); //~ ERROR E0277
    BorrowMut::<String>::borrow_mut(&mut email).clear(); //~ ERROR E0277
    Extend::<char>::extend(&mut email, ['@']); //~ ERROR E0277
    println!("{email}");
}
