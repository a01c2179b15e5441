// A new scale can convert into several others: one impl per target.
use associated_types_03_convert_to_generic::{Celsius, ConvertTo, Kelvin, convert_all};

#[derive(Clone, Copy)]
struct Rankine(f64);

impl ConvertTo<Kelvin> for Rankine {
    fn convert(&self) -> Kelvin {
        Kelvin(self.0 * 5.0 / 9.0)
    }
}

impl ConvertTo<Celsius> for Rankine {
    fn convert(&self) -> Celsius {
        Celsius(self.0 * 5.0 / 9.0 - 273.15)
    }
}

fn main() {
    let absolute_zero = Rankine(0.0);
    let kelvin: Kelvin = absolute_zero.convert();
    let celsius: Celsius = absolute_zero.convert();
    assert_eq!(kelvin, Kelvin(0.0));
    assert!((celsius.0 + 273.15).abs() < 1e-9);
    let both: Vec<Kelvin> = convert_all(&[Rankine(9.0), Rankine(18.0)]);
    assert_eq!(both, [Kelvin(5.0), Kelvin(10.0)]);
}
