// variant: drops the unused `Add for Feet` and converts with `into()`
use std::ops::Add;

/// A length in meters.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Meters(pub f64);

/// A length in international feet.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Feet(pub f64);

impl Add for Meters {
    type Output = Meters;

    fn add(self, other: Meters) -> Meters {
        Meters(self.0 + other.0)
    }
}

impl From<Feet> for Meters {
    fn from(feet: Feet) -> Self {
        const METERS_PER_FOOT: f64 = 0.3048;
        Self(feet.0 * METERS_PER_FOOT)
    }
}

/// The total climb of a route, in meters.
pub fn total_climb(metric_legs: &[Meters], imperial_legs: &[Feet]) -> Meters {
    let metric = metric_legs
        .iter()
        .fold(Meters(0.0), |total, &leg| total + leg);
    imperial_legs
        .iter()
        .fold(metric, |total, &leg| total + leg.into())
}
