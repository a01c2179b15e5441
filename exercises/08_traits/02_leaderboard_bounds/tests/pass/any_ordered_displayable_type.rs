// Any type with a total order and `Display` can be ranked, including one
// defined far away from the library.
use std::fmt;
use traits_02_leaderboard_bounds::{champion, leaderboard};

#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct LapTime {
    // Fewer milliseconds is better, so the order is reversed.
    millis: std::cmp::Reverse<u32>,
}

impl fmt::Display for LapTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ms", self.millis.0)
    }
}

fn lap(millis: u32) -> LapTime {
    LapTime {
        millis: std::cmp::Reverse(millis),
    }
}

fn main() {
    let laps = [lap(1500), lap(900), lap(1200)];
    assert_eq!(leaderboard(&laps, 2), ["900 ms", "1200 ms"]);
    let names = vec![String::from("Ada"), String::from("Zoë")];
    assert_eq!(champion(&names).as_deref(), Some("Zoë"));
    assert_eq!(champion(&['x', 'y']).as_deref(), Some("y"));
}
