// variant: plain u64 state with a flag for the end, and the sum checked one step early
/// The Fibonacci numbers that fit in a `u64`, from F(0) = 0.
#[derive(Debug, Clone)]
pub struct Fibonacci {
    a: u64,
    b: u64,
    /// How many numbers are left once the next sum no longer fits.
    left: Option<u8>,
}

pub fn fibonacci() -> Fibonacci {
    Fibonacci {
        a: 0,
        b: 1,
        left: None,
    }
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        match self.left {
            Some(0) => return None,
            Some(n) => self.left = Some(n - 1),
            None => {}
        }
        let current = self.a;
        match self.a.checked_add(self.b) {
            Some(sum) => (self.a, self.b) = (self.b, sum),
            None => {
                // `a` is yielded now; `b` still fits and is the last one.
                if self.left.is_none() {
                    self.left = Some(1);
                }
                self.a = self.b;
            }
        }
        Some(current)
    }
}

impl std::iter::FusedIterator for Fibonacci {}
