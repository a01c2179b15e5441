// Each conversion is its own `ConvertTo` impl, so a caller can add a target
// scale of its own to a library type, beside the three conversions. A
// blanket impl that builds conversions out of another trait would claim
// every target and conflict with it.
use associated_types_03_convert_to_generic::{Celsius, ConvertTo, Kelvin};

struct Rankine(f64);

impl ConvertTo<Rankine> for Celsius {
    fn convert(&self) -> Rankine {
        Rankine((self.0 + 273.15) * 9.0 / 5.0)
    }
}

fn main() {
    let rankine: Rankine = Celsius(0.0).convert();
    assert!((rankine.0 - 491.67).abs() < 1e-9);
    let kelvin: Kelvin = Celsius(0.0).convert();
    assert!((kelvin.0 - 273.15).abs() < 1e-9);
}
