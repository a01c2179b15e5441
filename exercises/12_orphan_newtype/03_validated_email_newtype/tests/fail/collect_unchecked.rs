// Collecting characters or strings into an `Email` builds one that `parse`
// never saw: a `FromIterator` impl cannot fail, so it cannot check.
use orphan_newtype_03_validated_email_newtype::Email;

fn main() {
    let from_chars: Email = "no at sign".chars().collect(); //~ ERROR E0277
    let from_strs: Email = ["@", "@"].into_iter().collect(); //~ ERROR E0277
    let from_strings: Email = [String::from("@@")].into_iter().collect(); //~ ERROR E0277
    println!("{from_chars} {from_strs} {from_strings}");
}
