// variant: `AddAssign` and `Sum` for meters, the legs chained into one sum
use std::iter::Sum;
use std::ops::{Add, AddAssign};

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

impl AddAssign for Meters {
    fn add_assign(&mut self, other: Meters) {
        *self = *self + other;
    }
}

impl Sum for Meters {
    fn sum<I: Iterator<Item = Meters>>(legs: I) -> Meters {
        legs.fold(Meters(0.0), Add::add)
    }
}

impl Add for Feet {
    type Output = Feet;

    fn add(self, other: Feet) -> Feet {
        Feet(self.0 + other.0)
    }
}

impl From<Feet> for Meters {
    fn from(Feet(feet): Feet) -> Meters {
        Meters(feet * 0.3048)
    }
}

/// The total climb of a route, in meters.
pub fn total_climb(metric_legs: &[Meters], imperial_legs: &[Feet]) -> Meters {
    let converted = imperial_legs.iter().copied().map(Meters::from);
    metric_legs.iter().copied().chain(converted).sum()
}
