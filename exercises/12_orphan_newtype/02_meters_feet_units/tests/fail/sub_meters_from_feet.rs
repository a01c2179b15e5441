// Nor the other way round.
use orphan_newtype_02_meters_feet_units::{Feet, Meters};

fn main() {
    let mixed = Feet(100.0) - Meters(100.0); //~ ERROR E0369|E0308|E0277
    println!("{mixed:?}");
}
