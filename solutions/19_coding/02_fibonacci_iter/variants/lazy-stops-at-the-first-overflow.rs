// variant: ends as soon as the sum two steps ahead overflows
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
        if self.ended {
            return None;
        }
        let current = self.a;
        let Some(sum) = self.a.checked_add(self.b) else {
            self.ended = true;
            return None;
        };
        (self.a, self.b) = (self.b, sum);
        Some(current)
    }
}
