// variant: saturates at u64::MAX instead of ending
// expect: tests
/// The Fibonacci numbers that fit in a `u64`, from F(0) = 0.
pub struct Fibonacci {
    a: u64,
    b: u64,
    ended: bool,
}

pub fn fibonacci() -> Fibonacci {
    Fibonacci {
        a: 0,
        b: 1,
        ended: false,
    }
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let _ = self.ended;
        let current = self.a;
        (self.a, self.b) = (self.b, self.a.saturating_add(self.b));
        Some(current)
    }
}
