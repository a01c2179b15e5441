// variant: the conversions are `From` impls, and one blanket impl makes them `ConvertTo`; target first in `convert_all`

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Celsius(pub f64);

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fahrenheit(pub f64);

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Kelvin(pub f64);

/// Converts into the scale `Target`.
pub trait ConvertTo<Target> {
    fn convert(&self) -> Target;
}

/// Every conversion the standard `From` knows is a `ConvertTo` as well.
impl<Source: Copy, Target: From<Source>> ConvertTo<Target> for Source {
    fn convert(&self) -> Target {
        Target::from(*self)
    }
}

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

impl From<Celsius> for Kelvin {
    fn from(c: Celsius) -> Self {
        Kelvin(c.0 + 273.15)
    }
}

impl From<Fahrenheit> for Celsius {
    fn from(f: Fahrenheit) -> Self {
        Celsius((f.0 - 32.0) * 5.0 / 9.0)
    }
}

/// Converts every reading, in order.
pub fn convert_all<Target, Source>(readings: &[Source]) -> Vec<Target>
where
    Source: ConvertTo<Target>,
{
    readings.iter().map(|reading| reading.convert()).collect()
}
