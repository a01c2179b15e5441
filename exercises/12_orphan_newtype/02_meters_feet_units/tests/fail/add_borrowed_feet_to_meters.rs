// Borrowing the feet does not make them meters.
use orphan_newtype_02_meters_feet_units::{Feet, Meters};

fn main() {
    let feet = Feet(100.0);
    let mixed = Meters(100.0) + &feet; //~ ERROR E0308|E0277
    println!("{mixed:?}");
}
