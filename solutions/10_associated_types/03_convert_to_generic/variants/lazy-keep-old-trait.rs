// variant: keeps the one-Output Convert for two conversions, bridged into ConvertTo by a blanket impl
// expect: case:the_old_trait_is_gone, case:a_caller_adds_a_target_scale
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
//! Task: turn the trait into `ConvertTo<T>`, whose `convert(&self) -> T`
//! converts into the scale `T`, so a type can implement it once per target
//! scale. Callers choose the target by type:
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

pub trait Convert {
    type Output;

    fn convert(&self) -> Self::Output;
}

/// Converts `self` into the scale `T`.
pub trait ConvertTo<T> {
    fn convert(&self) -> T;
}

impl<S: Convert> ConvertTo<S::Output> for S {
    fn convert(&self) -> S::Output {
        Convert::convert(self)
    }
}

impl Convert for Celsius {
    type Output = Fahrenheit;

    fn convert(&self) -> Fahrenheit {
        Fahrenheit(self.0 * 9.0 / 5.0 + 32.0)
    }
}

impl ConvertTo<Kelvin> for Celsius {
    fn convert(&self) -> Kelvin {
        Kelvin(self.0 + 273.15)
    }
}

impl Convert for Fahrenheit {
    type Output = Celsius;

    fn convert(&self) -> Celsius {
        Celsius((self.0 - 32.0) * 5.0 / 9.0)
    }
}

/// Converts every reading, in order.
pub fn convert_all<S: ConvertTo<T>, T>(readings: &[S]) -> Vec<T> {
    readings.iter().map(ConvertTo::convert).collect()
}
