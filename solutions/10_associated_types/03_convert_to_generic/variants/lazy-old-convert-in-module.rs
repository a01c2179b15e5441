// variant: the old Convert kept in a module and bridged by a blanket ConvertTo impl
// expect: case:a_caller_adds_a_target_scale
//! # When one type needs two impls: a generic trait
//!
//! A weather station converts temperatures between scales. The first
//! version had one conversion per scale, so `Convert` gave each type one
//! `Output`: Celsius to Fahrenheit, Fahrenheit to Celsius. Then the lab
//! asked for Kelvin, and Celsius now needs to convert into two scales.
//!
//! It does not compile: the second `impl Convert for Celsius` conflicts with
//! the first. An associated type allows exactly one impl per type.
//!
//! Task: replace the trait with `ConvertTo<T>` (no `Convert` remains),
//! whose `convert(&self) -> T` converts into the scale `T`, so a type can
//! implement it once per target scale. Callers choose the target by type:
//! `let k: Kelvin = Celsius(0.0).convert();`. Keep the three conversions
//! (Celsius to Fahrenheit, Celsius to Kelvin, Fahrenheit to Celsius) and
//! make `convert_all` generic over the target scale too.
//!
//! Run `cargo run -p checker watch` and save to check your work.

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Celsius(pub f64);

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fahrenheit(pub f64);

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Kelvin(pub f64);

/// The first version's one-target trait, kept for the two old conversions.
pub mod legacy {
    pub trait Convert {
        type Output;

        fn convert(&self) -> Self::Output;
    }
}

/// Converts into the scale `T`; a type may implement it once per target.
pub trait ConvertTo<T> {
    fn convert(&self) -> T;
}

impl legacy::Convert for Celsius {
    type Output = Fahrenheit;

    fn convert(&self) -> Fahrenheit {
        Fahrenheit(self.0 * 9.0 / 5.0 + 32.0)
    }
}

impl legacy::Convert for Fahrenheit {
    type Output = Celsius;

    fn convert(&self) -> Celsius {
        Celsius((self.0 - 32.0) * 5.0 / 9.0)
    }
}

/// Every old one-target conversion is also a `ConvertTo`.
impl<S: legacy::Convert> ConvertTo<S::Output> for S {
    fn convert(&self) -> S::Output {
        legacy::Convert::convert(self)
    }
}

impl ConvertTo<Kelvin> for Celsius {
    fn convert(&self) -> Kelvin {
        Kelvin(self.0 + 273.15)
    }
}

/// Converts every reading, in order, into the scale `T`.
pub fn convert_all<S, T>(readings: &[S]) -> Vec<T>
where
    S: ConvertTo<T>,
{
    readings.iter().map(ConvertTo::convert).collect()
}
