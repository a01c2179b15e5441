// A function that wants meters does not take feet, even though both hold an f64.
use orphan_newtype_02_meters_feet_units::{Feet, total_climb};

fn main() {
    let legs = [Feet(300.0)];
    let _ = total_climb(&legs, &[]); //~ ERROR E0308
}
