// Equality does not make an order total: sets of badges ordered by
// inclusion are `Eq` and `PartialOrd`, yet {gold} and {silver} are neither
// above nor below each other, so they must not be ranked either.
use std::cmp::Ordering;
use std::fmt;
use traits_02_leaderboard_bounds::leaderboard;

#[derive(PartialEq, Eq)]
struct Badges(u8);

impl PartialOrd for Badges {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        let union = self.0 | other.0;
        if self.0 == other.0 {
            Some(Ordering::Equal)
        } else if union == other.0 {
            Some(Ordering::Less)
        } else if union == self.0 {
            Some(Ordering::Greater)
        } else {
            None
        }
    }
}

impl fmt::Display for Badges {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:08b}", self.0)
    }
}

fn main() {
    let badges = [Badges(0b01), Badges(0b10), Badges(0b11)];
    let _ = leaderboard(&badges, 2); //~ ERROR E0277
}
