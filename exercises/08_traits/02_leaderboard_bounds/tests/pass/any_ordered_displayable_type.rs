// Any type with a total order and `Display` can be ranked, including one
// defined far away from the library, one that is neither `Clone` nor
// `Debug` nor `Unpin`, one that is not `Send` (`Rc`) and one that borrows a
// local (not `'static`).
use std::fmt;
use std::rc::Rc;
use traits_02_leaderboard_bounds::{champion, leaderboard};

#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct LapTime {
    // Fewer milliseconds is better, so the order is reversed.
    millis: std::cmp::Reverse<u32>,
    // Nothing asks a score to stay where it is, so a `!Unpin` one ranks too.
    _pinned: std::marker::PhantomPinned,
}

impl fmt::Display for LapTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ms", self.millis.0)
    }
}

fn lap(millis: u32) -> LapTime {
    LapTime {
        millis: std::cmp::Reverse(millis),
        _pinned: std::marker::PhantomPinned,
    }
}

fn main() {
    let laps = [lap(1500), lap(900), lap(1200)];
    assert_eq!(leaderboard(&laps, 2), ["900 ms", "1200 ms"]);
    let names = vec![String::from("Ada"), String::from("Zoë")];
    assert_eq!(champion(&names).as_deref(), Some("Zoë"));
    assert_eq!(champion(&['x', 'y']).as_deref(), Some("y"));

    let shared = [Rc::new(3_u32), Rc::new(8), Rc::new(5)];
    assert_eq!(leaderboard(&shared, 2), ["8", "5"]);
    let local = String::from("kiwi apple fig");
    let words: Vec<&str> = local.split(' ').collect();
    assert_eq!(leaderboard(&words, 3), ["kiwi", "fig", "apple"]);
    assert_eq!(champion(&words).as_deref(), Some("kiwi"));
}
