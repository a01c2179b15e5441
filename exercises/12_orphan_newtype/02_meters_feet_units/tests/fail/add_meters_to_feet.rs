// Mixing is just as wrong the other way round.
use orphan_newtype_02_meters_feet_units::{Feet, Meters};

fn main() {
    let mixed = Feet(100.0) + Meters(100.0); //~ ERROR E0308|E0277|E0369
    println!("{mixed:?}");
}
