// variant: returns None once, then starts over
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
            self.ended = false;
            (self.a, self.b) = (0, 1);
            return None;
        }
        let current = self.a;
        match self.a.checked_add(self.b) {
            Some(sum) => (self.a, self.b) = (self.b, sum),
            None if self.b == u64::MAX => self.ended = true,
            None => (self.a, self.b) = (self.b, u64::MAX),
        }
        Some(current)
    }
}
