// Summing feet into meters would convert them silently: convert each leg
// explicitly instead.
use orphan_newtype_02_meters_feet_units::{Feet, Meters};

fn main() {
    let legs = [Feet(100.0), Feet(200.0)];
    let total: Meters = legs.iter().sum(); //~ ERROR E0277
    println!("{total:?}");
}
