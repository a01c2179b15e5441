// A running total in meters does not give feet back through `-=` either.
use orphan_newtype_02_meters_feet_units::{Feet, Meters};

fn main() {
    let mut total = Meters(100.0);
    total -= Feet(100.0); //~ ERROR E0368|E0308|E0277
    println!("{total:?}");
}
