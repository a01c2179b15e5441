// A `String` cannot be borrowed as a number: this lookup makes no sense.
use traits_05_unsized_lookup::SeenSet;

fn main() {
    let mut ids = SeenSet::new();
    ids.insert(String::from("42"));
    let _ = ids.contains(&42_u32); //~ ERROR E0277
}
