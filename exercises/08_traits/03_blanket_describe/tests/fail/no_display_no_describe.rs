// A type without `Display` has no text to describe, so it gets no `describe`.
use traits_03_blanket_describe::describe::Describe;

struct Secret;

fn main() {
    let _ = Secret.describe(); //~ ERROR E0599
}
