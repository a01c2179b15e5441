// Converting is explicit and uses the standard `From`/`Into` traits.
use orphan_newtype_02_meters_feet_units::{Feet, Meters};

fn main() {
    let summit: Meters = Meters::from(Feet(1000.0));
    assert!((summit.0 - 304.8).abs() < 1e-9);
    let camp: Meters = Feet(10.0).into();
    let sum = summit + camp;
    assert!((sum.0 - 307.848).abs() < 1e-9);
}
