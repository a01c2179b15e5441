// Subtracting feet from meters without a conversion must not compile either.
use orphan_newtype_02_meters_feet_units::{Feet, Meters};

fn main() {
    let mixed = Meters(100.0) - Feet(100.0); //~ ERROR E0369|E0308|E0277
    println!("{mixed:?}");
}
