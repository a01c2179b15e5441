// variant: the type wraps std::iter::successors over pairs with an optional next
use std::iter::Successors;

type Pair = (u64, Option<u64>);

/// The Fibonacci numbers that fit in a `u64`, from F(0) = 0.
pub struct Fibonacci {
    pairs: Successors<Pair, fn(&Pair) -> Option<Pair>>,
}

fn step(&(current, next): &Pair) -> Option<Pair> {
    let next = next?;
    Some((next, next.checked_add(current)))
}

pub fn fibonacci() -> Fibonacci {
    Fibonacci {
        pairs: std::iter::successors(Some((0, Some(1))), step),
    }
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        self.pairs.next().map(|(current, _)| current)
    }
}
