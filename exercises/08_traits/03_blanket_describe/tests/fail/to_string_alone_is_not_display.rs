// A type that writes `ToString` by hand has text, but it cannot be
// displayed (no `Display`), so it gets no `describe` either.
use traits_03_blanket_describe::describe::Describe;

struct Secret;

#[allow(clippy::to_string_trait_impl)]
impl ToString for Secret {
    fn to_string(&self) -> String {
        String::from("hunter2")
    }
}

fn main() {
    let _ = Secret.describe(); //~ ERROR E0599
}
