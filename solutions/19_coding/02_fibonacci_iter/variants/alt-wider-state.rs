// variant: the state in u128, where the next sum always fits, converted back on the way out
/// The Fibonacci numbers that fit in a `u64`, from F(0) = 0.
pub struct Fibonacci {
    current: u128,
    next: u128,
}

pub fn fibonacci() -> Fibonacci {
    Fibonacci {
        current: 0,
        next: 1,
    }
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let current = u64::try_from(self.current).ok()?;
        // Both stay below 2^65 once `current` fits, so the sum cannot overflow.
        (self.current, self.next) = (self.next, self.current + self.next);
        Some(current)
    }
}
