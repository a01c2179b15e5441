// variant: teaches `+` to take feet on the right of meters
// expect: case:add_feet_to_meters
use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Meters(pub f64);

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

impl Add<Feet> for Meters {
    type Output = Meters;

    fn add(self, other: Feet) -> Meters {
        self + Meters::from(other)
    }
}

impl From<Feet> for Meters {
    fn from(feet: Feet) -> Meters {
        Meters(feet.0 * 0.3048)
    }
}

pub fn total_climb(metric_legs: &[Meters], imperial_legs: &[Feet]) -> Meters {
    let mut total = Meters(0.0);
    for leg in metric_legs {
        total = total + *leg;
    }
    for leg in imperial_legs {
        total = total + *leg;
    }
    total
}
