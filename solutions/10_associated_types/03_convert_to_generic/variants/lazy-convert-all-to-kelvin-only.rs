// variant: `convert_all` converts into Kelvin only, so the caller cannot choose
// expect: E0308, E0277

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Celsius(pub f64);

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fahrenheit(pub f64);

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Kelvin(pub f64);

pub trait ConvertTo<T> {
    fn convert(&self) -> T;
}

impl ConvertTo<Fahrenheit> for Celsius {
    fn convert(&self) -> Fahrenheit {
        Fahrenheit(self.0 * 9.0 / 5.0 + 32.0)
    }
}

impl ConvertTo<Kelvin> for Celsius {
    fn convert(&self) -> Kelvin {
        Kelvin(self.0 + 273.15)
    }
}

impl ConvertTo<Celsius> for Fahrenheit {
    fn convert(&self) -> Celsius {
        Celsius((self.0 - 32.0) * 5.0 / 9.0)
    }
}

/// Converts every reading, in order.
pub fn convert_all<T>(readings: &[T]) -> Vec<Kelvin>
where
    T: ConvertTo<Kelvin>,
{
    readings.iter().map(ConvertTo::convert).collect()
}
