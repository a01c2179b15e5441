// Summing owned feet into meters would convert them silently too.
use orphan_newtype_02_meters_feet_units::{Feet, Meters};

fn main() {
    let legs = vec![Feet(100.0), Feet(200.0)];
    let total: Meters = legs.into_iter().sum(); //~ ERROR E0277
    println!("{total:?}");
}
