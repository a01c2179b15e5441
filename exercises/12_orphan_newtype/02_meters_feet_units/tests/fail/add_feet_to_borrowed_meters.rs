// Nor does borrowing the meters.
use orphan_newtype_02_meters_feet_units::{Feet, Meters};

fn main() {
    let meters = Meters(100.0);
    let mixed = &meters + Feet(100.0); //~ ERROR E0369
    println!("{mixed:?}");
}
