// Counting needs a hash: a type without `Hash` must be rejected at compile
// time, not handled by a slow fallback.
use coding_01_most_frequent_element::most_frequent;

#[derive(Debug, PartialEq, Eq)]
struct Colour(u8, u8, u8);

fn main() {
    let pixels = [Colour(0, 0, 0), Colour(255, 255, 255), Colour(0, 0, 0)];
    let common = most_frequent(&pixels); //~ ERROR E0277
    println!("{common:?}");
}
