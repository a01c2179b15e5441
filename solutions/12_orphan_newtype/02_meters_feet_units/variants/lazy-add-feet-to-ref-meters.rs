// variant: implements Add<Feet> for &Meters
// expect: case:add_feet_to_borrowed_meters
//! # Meters and feet are different types
//!
//! A route planner adds up how much a hiking route climbs. Some legs were
//! logged by a metric altimeter, others by an imperial one. Both used to be
//! plain `f64`, and one day feet were added to meters as if they were the
//! same thing. Now each unit is its own newtype, and the compiler has found
//! the place where the two are mixed: `total_climb` does not compile.
//!
//! Task: make it compile and give the right total in meters. Convert
//! explicitly: `Meters::from(feet)` must work (one foot is exactly 0.3048 m).
//! Do not make mixing legal: `Meters + Feet`, `Feet + Meters`,
//! `meters += feet`, the same with `-` and `-=`, and summing feet into
//! meters (`feet.iter().sum::<Meters>()`) must stay type errors (see
//! `tests/fail/`).
//!
//! Run `cargo run -p checker watch` and save to check your work.

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

impl Add for Feet {
    type Output = Feet;

    fn add(self, other: Feet) -> Feet {
        Feet(self.0 + other.0)
    }
}

/// Meters in one international foot, exactly.
const METERS_PER_FOOT: f64 = 0.3048;

impl From<Feet> for Meters {
    fn from(feet: Feet) -> Meters {
        Meters(feet.0 * METERS_PER_FOOT)
    }
}

impl Add<Feet> for &Meters {
    type Output = Meters;

    fn add(self, other: Feet) -> Meters {
        *self + Meters::from(other)
    }
}

/// The total climb of a route, in meters.
pub fn total_climb(metric_legs: &[Meters], imperial_legs: &[Feet]) -> Meters {
    let mut total = Meters(0.0);
    for leg in metric_legs {
        total = total + *leg;
    }
    for leg in imperial_legs {
        total = &total + *leg;
    }
    total
}
