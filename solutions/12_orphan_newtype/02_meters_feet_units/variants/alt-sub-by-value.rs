// variant: lengths of one unit also subtract, by value, with `-=` for meters
use std::ops::{Add, Sub, SubAssign};

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

impl Sub for Meters {
    type Output = Meters;

    fn sub(self, other: Meters) -> Meters {
        Meters(self.0 - other.0)
    }
}

impl SubAssign for Meters {
    fn sub_assign(&mut self, other: Meters) {
        self.0 -= other.0;
    }
}

impl Add for Feet {
    type Output = Feet;

    fn add(self, other: Feet) -> Feet {
        Feet(self.0 + other.0)
    }
}

impl Sub for Feet {
    type Output = Feet;

    fn sub(self, other: Feet) -> Feet {
        Feet(self.0 - other.0)
    }
}

impl From<Feet> for Meters {
    fn from(feet: Feet) -> Meters {
        Meters(feet.0 * 0.3048)
    }
}

/// The total climb of a route, in meters.
pub fn total_climb(metric_legs: &[Meters], imperial_legs: &[Feet]) -> Meters {
    let mut total = Meters(0.0);
    for leg in metric_legs {
        total = total + *leg;
    }
    for leg in imperial_legs {
        total = total + Meters::from(*leg);
    }
    total
}
